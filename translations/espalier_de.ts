<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit entry needs an actor and an action.</source>
        <translation>Ein Protokolleintrag braucht einen Urheber und eine Aktion.</translation>
    </message>
    <message>
        <source>The audit log is damaged.</source>
        <translation>Das Protokoll ist beschädigt.</translation>
    </message>
    <message>
        <source>The audit log could not be written.</source>
        <translation>Das Protokoll konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>Das Protokoll konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Audit entry %1 should not exist: numbering starts at 1.</source>
        <translation>Den Protokolleintrag %1 dürfte es nicht geben: Die Nummerierung beginnt bei 1.</translation>
    </message>
    <message>
        <source>Audit entry %1 is missing: it was deleted.</source>
        <translation>Der Protokolleintrag %1 fehlt: Er wurde gelöscht.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>Der Protokolleintrag %1 wurde nach dem Schreiben verändert.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow the entry before it: entries were rewritten or inserted.</source>
        <translation>Der Protokolleintrag %1 schließt nicht an den vorigen Eintrag an: Einträge wurden neu geschrieben oder eingefügt.</translation>
    </message>
    <message>
        <source>The audit log's chain head is missing.</source>
        <translation>Der Kettenkopf des Protokolls fehlt.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: the newest entries were deleted.</source>
        <translation>Die Protokolleinträge %1 bis %2 fehlen: Die neuesten Einträge wurden gelöscht.</translation>
    </message>
    <message>
        <source>Audit entry %1 was added outside the audit log.</source>
        <translation>Der Protokolleintrag %1 wurde am Protokoll vorbei hinzugefügt.</translation>
    </message>
    <message>
        <source>The audit log's chain head does not match entry %1.</source>
        <translation>Der Kettenkopf des Protokolls passt nicht zum Eintrag %1.</translation>
    </message>
    <message>
        <source>The audit log could not be checked.</source>
        <translation>Das Protokoll konnte nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>CertificateRecordRepository</name>
    <message>
        <source>A stored certificate has an unknown kind.</source>
        <translation>Ein gespeichertes Zertifikat ist von unbekannter Art.</translation>
    </message>
    <message>
        <source>The certificate record is incomplete.</source>
        <translation>Der Zertifikatseintrag ist unvollständig.</translation>
    </message>
    <message>
        <source>This certificate is stored already.</source>
        <translation>Dieses Zertifikat ist bereits gespeichert.</translation>
    </message>
    <message>
        <source>There is a current certificate of this kind already.</source>
        <translation>Es gibt bereits ein aktuelles Zertifikat dieser Art.</translation>
    </message>
    <message>
        <source>The certificate could not be saved.</source>
        <translation>Das Zertifikat konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The certificate does not exist.</source>
        <translation>Das Zertifikat gibt es nicht.</translation>
    </message>
    <message>
        <source>The certificate could not be retired.</source>
        <translation>Das Zertifikat konnte nicht außer Dienst gestellt werden.</translation>
    </message>
</context>
<context>
    <name>CommandDeliveryRepository</name>
    <message>
        <source>The queue could not be read.</source>
        <translation>Die Warteschlange konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The command does not exist.</source>
        <translation>Den Befehl gibt es nicht.</translation>
    </message>
    <message>
        <source>The retry could not be recorded.</source>
        <translation>Das erneute Senden konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The command could not be read.</source>
        <translation>Der Befehl konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The report could not be kept.</source>
        <translation>Die Rückmeldung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The reports could not be read.</source>
        <translation>Die Rückmeldungen konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CommandRepository</name>
    <message>
        <source>The command is incomplete.</source>
        <translation>Der Befehl ist unvollständig.</translation>
    </message>
    <message>
        <source>The device is not enrolled.</source>
        <translation>Das Gerät ist nicht registriert.</translation>
    </message>
    <message>
        <source>A command with this identifier already exists.</source>
        <translation>Ein Befehl mit dieser Kennung existiert bereits.</translation>
    </message>
    <message>
        <source>The command could not be queued.</source>
        <translation>Der Befehl konnte nicht in die Warteschlange gestellt werden.</translation>
    </message>
    <message>
        <source>A finished command cannot change any more.</source>
        <translation>Ein abgeschlossener Befehl kann sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>The command does not exist.</source>
        <translation>Den Befehl gibt es nicht.</translation>
    </message>
    <message>
        <source>The command has already moved on; nothing was changed.</source>
        <translation>Der Befehl ist bereits weiter fortgeschritten; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The command state could not be saved.</source>
        <translation>Der Befehlsstatus konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Expired commands could not be marked.</source>
        <translation>Abgelaufene Befehle konnten nicht markiert werden.</translation>
    </message>
    <message>
        <source>The queued commands could not be cancelled.</source>
        <translation>Die wartenden Befehle konnten nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>The commands could not be read.</source>
        <translation>Die Befehle konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The pushed commands could not be marked.</source>
        <translation>Die Befehle, für die ein Push gesendet wurde, konnten nicht markiert werden.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>This version of Espalier cannot create schema version %1.</source>
        <translation>Diese Version von Espalier kann die Schemaversion %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>The database %1 is already open for writing.</source>
        <translation>Die Datenbank %1 ist bereits zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing. Reinstall Espalier.</source>
        <translation>Der SQLite-Treiber für Qt fehlt. Installieren Sie Espalier neu.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened.</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 is not an Espalier database, or it is damaged. It was left unchanged.</source>
        <translation>%1 ist keine Espalier-Datenbank oder ist beschädigt. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Espalier. Update Espalier to open it; the file was left unchanged.</source>
        <translation>%1 wurde von einer neueren Version von Espalier geschrieben. Aktualisieren Sie Espalier, um die Datei zu öffnen; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not an Espalier database. It was left unchanged.</source>
        <translation>%1 ist keine Espalier-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database %1 is not set up for this version yet. Start the engine once to upgrade it.</source>
        <translation>Die Datenbank %1 ist noch nicht für diese Version eingerichtet. Starten Sie die Engine einmal, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging; is it on a network drive?</source>
        <translation>Die Datenbank %1 kann kein Write-Ahead-Logging verwenden. Liegt sie auf einem Netzlaufwerk?</translation>
    </message>
    <message>
        <source>A database request failed.</source>
        <translation>Eine Datenbankanfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The database is busy or unavailable. Nothing was changed.</source>
        <translation>Die Datenbank ist ausgelastet oder nicht verfügbar. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The change could not be saved. Nothing was changed.</source>
        <translation>Die Änderung konnte nicht gespeichert werden. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>DeviceRepository</name>
    <message>
        <source>The inventory names no device.</source>
        <translation>Das Inventar nennt kein Gerät.</translation>
    </message>
    <message>
        <source>The inventory could not be saved.</source>
        <translation>Das Inventar konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The devices could not be read.</source>
        <translation>Die Geräte konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>EnrollmentLinkRepository</name>
    <message>
        <source>The enrollment link is incomplete.</source>
        <translation>Der Registrierungslink ist unvollständig.</translation>
    </message>
    <message>
        <source>An enrollment link with this identifier or token exists already.</source>
        <translation>Ein Registrierungslink mit dieser Kennung oder diesem Token existiert bereits.</translation>
    </message>
    <message>
        <source>The enrollment link could not be saved.</source>
        <translation>Der Registrierungslink konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>This enrollment link can no longer be used.</source>
        <translation>Dieser Registrierungslink kann nicht mehr verwendet werden.</translation>
    </message>
    <message>
        <source>The use of the enrollment link could not be saved.</source>
        <translation>Die Verwendung des Registrierungslinks konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>This enrollment challenge has been used already.</source>
        <translation>Diese Registrierungs-Challenge wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>The use of the enrollment challenge could not be saved.</source>
        <translation>Die Verwendung der Registrierungs-Challenge konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The enrollment link could not be revoked.</source>
        <translation>Der Registrierungslink konnte nicht widerrufen werden.</translation>
    </message>
    <message>
        <source>The enrollment link does not exist.</source>
        <translation>Den Registrierungslink gibt es nicht.</translation>
    </message>
    <message>
        <source>The enrollment challenge is incomplete.</source>
        <translation>Die Registrierungs-Challenge ist unvollständig.</translation>
    </message>
    <message>
        <source>The enrollment challenge could not be saved.</source>
        <translation>Die Registrierungs-Challenge konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>EnrollmentRepository</name>
    <message>
        <source>This device's identity certificate already belongs to another enrollment.</source>
        <translation>Das Identitätszertifikat dieses Geräts gehört bereits zu einer anderen Registrierung.</translation>
    </message>
    <message>
        <source>The enrollment could not be saved.</source>
        <translation>Die Registrierung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The device sent an unusable push token.</source>
        <translation>Das Gerät hat ein unbrauchbares Push-Token gesendet.</translation>
    </message>
    <message>
        <source>The device sent no PushMagic.</source>
        <translation>Das Gerät hat kein PushMagic gesendet.</translation>
    </message>
    <message>
        <source>The push token could not be saved.</source>
        <translation>Das Push-Token konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The push token state could not be saved.</source>
        <translation>Der Status des Push-Tokens konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The bootstrap token could not be saved.</source>
        <translation>Das Bootstrap-Token konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The check-in time could not be saved.</source>
        <translation>Der Zeitpunkt des Check-ins konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The check-out could not be saved.</source>
        <translation>Der Check-out konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The check-in names no device or user.</source>
        <translation>Der Check-in nennt weder ein Gerät noch einen Benutzer.</translation>
    </message>
    <message>
        <source>The check-in carries no push topic.</source>
        <translation>Der Check-in enthält kein Push-Topic.</translation>
    </message>
    <message>
        <source>The device identity fingerprint is malformed.</source>
        <translation>Der Fingerabdruck der Geräteidentität ist fehlerhaft.</translation>
    </message>
    <message>
        <source>A device enrollment cannot belong to another enrollment.</source>
        <translation>Eine Geräteregistrierung kann nicht zu einer anderen Registrierung gehören.</translation>
    </message>
    <message>
        <source>A user enrollment must belong to a device enrollment.</source>
        <translation>Eine Benutzerregistrierung muss zu einer Geräteregistrierung gehören.</translation>
    </message>
    <message>
        <source>The device of this user is not enrolled.</source>
        <translation>Das Gerät dieses Benutzers ist nicht registriert.</translation>
    </message>
    <message>
        <source>The enrollments could not be read.</source>
        <translation>Die Registrierungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The device or user is not enrolled.</source>
        <translation>Das Gerät oder der Benutzer ist nicht registriert.</translation>
    </message>
    <message>
        <source>APNs answered with an unusable push id.</source>
        <translation>APNs hat mit einer unbrauchbaren Push-ID geantwortet.</translation>
    </message>
    <message>
        <source>The push could not be recorded.</source>
        <translation>Der Push konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The push token could not be sealed.</source>
        <translation>Das Push-Token konnte nicht versiegelt werden.</translation>
    </message>
    <message>
        <source>The push tokens could not be sealed.</source>
        <translation>Die Push-Tokens konnten nicht versiegelt werden.</translation>
    </message>
</context>
<context>
    <name>EnrollmentTokenRepository</name>
    <message>
        <source>An empty unlock token cannot be stored.</source>
        <translation>Ein leeres Unlock-Token kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The device or user is not enrolled.</source>
        <translation>Das Gerät oder der Benutzer ist nicht registriert.</translation>
    </message>
    <message>
        <source>The unlock token could not be saved.</source>
        <translation>Das Unlock-Token konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The bootstrap token could not be saved.</source>
        <translation>Das Bootstrap-Token konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The stored token could not be read.</source>
        <translation>Das gespeicherte Token konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Espalier::AboutDialog</name>
    <message>
        <source>About Espalier</source>
        <translation>Über Espalier</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>A console for managing Apple devices, with its own built-in MDM server.</source>
        <translation>Eine Konsole zur Verwaltung von Apple-Geräten mit eigenem integriertem MDM-Server.</translation>
    </message>
    <message>
        <source>Free software under the &lt;a href="%1"&gt;GNU General Public License&lt;/a&gt;, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Freie Software unter der &lt;a href="%1"&gt;GNU General Public License&lt;/a&gt;, Version 3 oder neuer (GPL-3.0-or-later).</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>No TLS library is available.</source>
        <translation>Keine TLS-Bibliothek verfügbar.</translation>
    </message>
    <message>
        <source>TLS library: %1</source>
        <translation>TLS-Bibliothek: %1</translation>
    </message>
</context>
<context>
    <name>Espalier::AdminApi</name>
    <message>
        <source>The request needs a JSON object as its body.</source>
        <translation>Die Anfrage braucht ein JSON-Objekt als Inhalt.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation>Der Inhalt der Anfrage ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Der Inhalt der Anfrage muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The request has an unknown field "%1". Known fields: %2.</source>
        <translation>Die Anfrage enthält das unbekannte Feld „%1“. Bekannte Felder: %2.</translation>
    </message>
    <message>
        <source>"%1" must be an ISO 8601 time such as 2026-05-01T12:00:00Z.</source>
        <translation>„%1“ muss eine Zeitangabe nach ISO 8601 sein, etwa 2026-05-01T12:00:00Z.</translation>
    </message>
    <message>
        <source>The admin API serves plain HTTP, so it listens only on a loopback address (127.0.0.1 or ::1), not on %1.</source>
        <translation>Die Admin-API arbeitet mit unverschlüsseltem HTTP und nimmt daher nur auf einer Loopback-Adresse (127.0.0.1 oder ::1) Verbindungen an, nicht auf %1.</translation>
    </message>
    <message>
        <source>The admin API cannot listen on %1 port %2: %3</source>
        <translation>Die Admin-API kann auf %1, Port %2 keine Verbindungen annehmen: %3</translation>
    </message>
    <message>
        <source>The admin API needs a valid token.</source>
        <translation>Die Admin-API braucht ein gültiges Token.</translation>
    </message>
    <message>
        <source>Send "Authorization: Bearer &lt;token&gt;" with the token from the admin token file.</source>
        <translation>Senden Sie den Header „Authorization: Bearer &lt;token&gt;“ mit dem Token aus der Admin-Token-Datei.</translation>
    </message>
    <message>
        <source>%1 is not allowed on %2.</source>
        <translation>%1 ist für %2 nicht erlaubt.</translation>
    </message>
    <message>
        <source>Allowed: %1.</source>
        <translation>Erlaubt: %1.</translation>
    </message>
    <message>
        <source>The admin API has no resource %1.</source>
        <translation>Die Admin-API hat keine Ressource %1.</translation>
    </message>
    <message>
        <source>Unknown query parameter "%1". Known parameters: %2.</source>
        <translation>Unbekannter Abfrageparameter „%1“. Bekannte Parameter: %2.</translation>
    </message>
    <message>
        <source>Unknown command state "%1". States: %2.</source>
        <translation>Unbekannter Befehlsstatus „%1“. Mögliche Werte: %2.</translation>
    </message>
    <message>
        <source>"limit" must be a number from 1 to %1.</source>
        <translation>„limit“ muss eine Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>The enrollment "%1" does not exist.</source>
        <translation>Die Registrierung „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>The command %1 does not exist.</source>
        <translation>Den Befehl %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Clear Passcode is not available through this engine's admin API: it has no access to the escrowed unlock tokens.</source>
        <translation>Der Befehl „Code löschen“ ist über die Admin-API dieser Engine nicht verfügbar, weil sie keinen Zugriff auf die hinterlegten Unlock-Tokens hat.</translation>
    </message>
    <message>
        <source>"enrollments" must be a non-empty list of enrollment ids.</source>
        <translation>„enrollments“ muss eine nicht leere Liste von Registrierungs-IDs sein.</translation>
    </message>
    <message>
        <source>One request may name at most %1 enrollments.</source>
        <translation>Eine Anfrage darf höchstens %1 Registrierungen nennen.</translation>
    </message>
    <message>
        <source>Give either "type" (with "params") or "raw".</source>
        <translation>Geben Sie entweder „type“ (mit „params“) oder „raw“ an.</translation>
    </message>
    <message>
        <source>"params" belongs to a typed command; a raw command carries its keys in its property list.</source>
        <translation>„params“ gehört zu einem Befehl mit „type“; ein Rohbefehl („raw“) enthält seine Schlüssel in seiner Eigenschaftsliste.</translation>
    </message>
    <message>
        <source>"type" must be a string.</source>
        <translation>„type“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>"params" must be a JSON object.</source>
        <translation>„params“ muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>"raw" must be a property list encoded as base64.</source>
        <translation>„raw“ muss eine base64-codierte Eigenschaftsliste sein.</translation>
    </message>
    <message>
        <source>The raw command is not a valid property list.</source>
        <translation>Der Rohbefehl ist keine gültige Eigenschaftsliste.</translation>
    </message>
    <message>
        <source>The raw command must be a dictionary with a RequestType.</source>
        <translation>Der Rohbefehl muss ein Dictionary mit einem RequestType sein.</translation>
    </message>
    <message>
        <source>Give the Command dictionary itself (with its RequestType), without CommandUUID: the queue adds those.</source>
        <translation>Geben Sie nur das Command-Dictionary selbst an (mit seinem RequestType), nicht in Command eingebettet und ohne CommandUUID: Die Warteschlange fügt beides selbst hinzu.</translation>
    </message>
    <message>
        <source>The raw command has no RequestType string.</source>
        <translation>Der Rohbefehl enthält keinen RequestType als Zeichenkette.</translation>
    </message>
    <message>
        <source>The enrollment "%1" has checked out; the device is no longer enrolled.</source>
        <translation>Die Registrierung „%1“ wurde per Check-out beendet; das Gerät ist nicht mehr registriert.</translation>
    </message>
    <message>
        <source>The command %1 has already finished (%2); it can no longer be cancelled.</source>
        <translation>Der Befehl %1 ist bereits abgeschlossen (%2) und kann nicht mehr abgebrochen werden.</translation>
    </message>
    <message>
        <source>The enrollment link %1 does not exist.</source>
        <translation>Den Registrierungslink %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>The engine has no public URL yet, so an enrollment link would lead nowhere.</source>
        <translation>Die Engine hat noch keine öffentliche URL, daher würde ein Registrierungslink ins Leere führen.</translation>
    </message>
    <message>
        <source>"label" must be a string.</source>
        <translation>„label“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>"max_uses" must be a whole number.</source>
        <translation>„max_uses“ muss eine ganze Zahl sein.</translation>
    </message>
</context>
<context>
    <name>Espalier::AdminCommandFactory</name>
    <message>
        <source>"%1" is not a command type the admin API knows. Supported types: %2.</source>
        <translation>„%1“ ist kein Befehlstyp, den die Admin-API kennt. Unterstützte Typen: %2.</translation>
    </message>
    <message>
        <source>%1 takes no parameters, but got "%2".</source>
        <translation>%1 erwartet keine Parameter, erhalten wurde aber „%2“.</translation>
    </message>
    <message>
        <source>%1 has no parameter "%2". It takes: %3.</source>
        <translation>%1 hat keinen Parameter „%2“. Mögliche Parameter: %3.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <source>base64 data</source>
        <translation>base64-codierte Daten</translation>
    </message>
    <message>
        <source>The parameter "%1" of %2 must be %3.</source>
        <translation>Der Parameter „%1“ von %2 muss %3 sein.</translation>
    </message>
    <message>
        <source>The parameter "%1" of %2 must be one of: %3.</source>
        <translation>Der Parameter „%1“ von %2 muss einer dieser Werte sein: %3.</translation>
    </message>
</context>
<context>
    <name>Espalier::AdminPassword</name>
    <message>
        <source>The password could not be hashed.</source>
        <translation>Der Hash des Passworts konnte nicht berechnet werden.</translation>
    </message>
    <message>
        <source>The stored admin password is damaged. Remove it from the system keyring and set a new one.</source>
        <translation>Das gespeicherte Admin-Passwort ist beschädigt. Entfernen Sie es aus dem Schlüsselbund des Systems und legen Sie ein neues fest.</translation>
    </message>
    <message numerus="yes">
        <source>The admin password needs at least %n characters.</source>
        <translation>
            <numerusform>Das Admin-Passwort muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Das Admin-Passwort muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The admin password cannot be only spaces.</source>
        <translation>Das Admin-Passwort darf nicht nur aus Leerzeichen bestehen.</translation>
    </message>
</context>
<context>
    <name>Espalier::AdminPasswordDialog</name>
    <message>
        <source>Admin &amp;password:</source>
        <translation>Admin-&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Set an Admin Password</source>
        <translation>Admin-Passwort festlegen</translation>
    </message>
    <message>
        <source>Helpdesk mode keeps this console to looking devices up, locking, wiping, Lost Mode, restarting and refreshing inventory. Leaving it takes an admin password; choose one now. Espalier keeps only a salted hash of it in the system keyring.</source>
        <translation>Im Helpdesk-Modus beschränkt sich diese Konsole darauf, Geräte nachzuschlagen, zu sperren, zu löschen, in den Modus „Verloren“ zu versetzen, neu zu starten und ihr Inventar zu aktualisieren. Zum Verlassen des Modus ist ein Admin-Passwort erforderlich; legen Sie jetzt eines fest. Espalier speichert davon nur einen gesalzenen Hash im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>Change the Admin Password</source>
        <translation>Admin-Passwort ändern</translation>
    </message>
    <message>
        <source>The admin password is needed to leave helpdesk mode.</source>
        <translation>Zum Verlassen des Helpdesk-Modus ist das Admin-Passwort erforderlich.</translation>
    </message>
    <message>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Leave Helpdesk Mode</source>
        <translation>Helpdesk-Modus verlassen</translation>
    </message>
    <message>
        <source>Enter the admin password to use every part of the console again.</source>
        <translation>Geben Sie das Admin-Passwort ein, um wieder alle Bereiche der Konsole zu verwenden.</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same one twice.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein. Geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
</context>
<context>
    <name>Espalier::AdminTokenFile</name>
    <message>
        <source>The admin token file %1 can be read or changed by other users. Make it private with "chmod 600 %1", then start again.</source>
        <translation>Die Admin-Token-Datei %1 kann von anderen Benutzern gelesen oder geändert werden. Beschränken Sie den Zugriff mit „chmod 600 %1“ auf Ihr Benutzerkonto und starten Sie die Engine dann erneut.</translation>
    </message>
    <message>
        <source>The admin token file %1 is not a regular file.</source>
        <translation>Die Admin-Token-Datei %1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The admin token file %1 is too large to hold a token.</source>
        <translation>Die Admin-Token-Datei %1 ist zu groß, um nur ein Token zu enthalten.</translation>
    </message>
    <message>
        <source>Cannot read the admin token file %1.</source>
        <translation>Die Admin-Token-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The admin token file %1 does not hold a usable token: it needs one line of at least %2 printable characters without spaces. Delete it to have a new token made.</source>
        <translation>Die Admin-Token-Datei %1 enthält kein brauchbares Token. Nötig ist eine Zeile mit mindestens %2 druckbaren Zeichen ohne Leerzeichen. Löschen Sie die Datei, damit ein neues Token erzeugt wird.</translation>
    </message>
    <message>
        <source>The admin API needs a token file; set one in the engine's settings.</source>
        <translation>Die Admin-API braucht eine Token-Datei; legen Sie eine in den Einstellungen der Engine fest.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the admin token file.</source>
        <translation>Der Ordner %1 für die Admin-Token-Datei kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot create the admin token file %1.</source>
        <translation>Die Admin-Token-Datei %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write the admin token file %1.</source>
        <translation>Die Admin-Token-Datei %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Espalier::ApnsClient</name>
    <message>
        <source>The push certificate or its key is missing.</source>
        <translation>Das Push-Zertifikat oder sein Schlüssel fehlt.</translation>
    </message>
    <message>
        <source>The private key does not belong to the push certificate.</source>
        <translation>Der private Schlüssel gehört nicht zum Push-Zertifikat.</translation>
    </message>
    <message>
        <source>This is not an MDM push certificate: its topic (UID) must start with %1.</source>
        <translation>Dies ist kein MDM-Push-Zertifikat: Sein Topic (UID) muss mit %1 beginnen.</translation>
    </message>
    <message>
        <source>The push certificate's key cannot be used for TLS.</source>
        <translation>Der Schlüssel des Push-Zertifikats kann nicht für TLS verwendet werden.</translation>
    </message>
    <message>
        <source>The device has no push token.</source>
        <translation>Das Gerät hat kein Push-Token.</translation>
    </message>
    <message>
        <source>The device's push token is too long.</source>
        <translation>Das Push-Token des Geräts ist zu lang.</translation>
    </message>
    <message>
        <source>The device has no PushMagic.</source>
        <translation>Das Gerät hat kein PushMagic.</translation>
    </message>
    <message>
        <source>No push certificate is set.</source>
        <translation>Es ist kein Push-Zertifikat festgelegt.</translation>
    </message>
    <message>
        <source>The device's PushMagic is too long.</source>
        <translation>Das PushMagic des Geräts ist zu lang.</translation>
    </message>
</context>
<context>
    <name>Espalier::ApnsResult</name>
    <message>
        <source>Apple accepted the push.</source>
        <translation>Apple hat den Push angenommen.</translation>
    </message>
    <message>
        <source>Apple's push service did not answer in time. The push will be sent again.</source>
        <translation>Der Push-Dienst von Apple hat nicht rechtzeitig geantwortet. Der Push wird erneut gesendet.</translation>
    </message>
    <message>
        <source>Could not connect to Apple's push service. The firewall must allow outbound connections to 17.0.0.0/8 on port 443 or 2197. The push will be sent again.</source>
        <translation>Keine Verbindung zum Push-Dienst von Apple möglich. Die Firewall muss ausgehende Verbindungen zu 17.0.0.0/8 auf Port 443 oder 2197 zulassen. Der Push wird erneut gesendet.</translation>
    </message>
    <message>
        <source>The connection to Apple's push service broke before it answered. The push will be sent again.</source>
        <translation>Die Verbindung zum Push-Dienst von Apple wurde vor dessen Antwort unterbrochen. Der Push wird erneut gesendet.</translation>
    </message>
    <message>
        <source>Apple's push service refused the push certificate when connecting: it may have expired or been revoked. Renew the push certificate.</source>
        <translation>Der Push-Dienst von Apple hat das Push-Zertifikat beim Verbindungsaufbau abgelehnt: Es ist möglicherweise abgelaufen oder wurde widerrufen. Erneuern Sie das Push-Zertifikat.</translation>
    </message>
    <message>
        <source>The device's push token is not valid. It will be used again after the device sends a new one.</source>
        <translation>Das Push-Token des Geräts ist ungültig. Pushes an das Gerät werden erst wieder gesendet, wenn es ein neues Token sendet.</translation>
    </message>
    <message>
        <source>The device's push token belongs to another push certificate. The device must enroll again.</source>
        <translation>Das Push-Token des Geräts gehört zu einem anderen Push-Zertifikat. Das Gerät muss sich erneut registrieren.</translation>
    </message>
    <message>
        <source>Apple refused the push topic: the push certificate in use is not the one the devices enrolled with.</source>
        <translation>Apple hat das Push-Topic abgelehnt: Das verwendete Push-Zertifikat ist nicht das, mit dem die Geräte registriert wurden.</translation>
    </message>
    <message>
        <source>Apple refused the push certificate: it may have expired or been revoked. Renew the push certificate.</source>
        <translation>Apple hat das Push-Zertifikat abgelehnt: Es ist möglicherweise abgelaufen oder wurde widerrufen. Erneuern Sie das Push-Zertifikat.</translation>
    </message>
    <message>
        <source>The push certificate belongs to the other Apple push environment (production or sandbox).</source>
        <translation>Das Push-Zertifikat gehört zur anderen Push-Umgebung von Apple (Produktion oder Sandbox).</translation>
    </message>
    <message>
        <source>Apple refused to take pushes with this push certificate. Renew the push certificate.</source>
        <translation>Apple lehnt Pushes mit diesem Push-Zertifikat ab. Erneuern Sie das Push-Zertifikat.</translation>
    </message>
    <message>
        <source>The device no longer accepts pushes from this server: it was removed from management or erased.</source>
        <translation>Das Gerät nimmt keine Pushes mehr von diesem Server an: Es wurde aus der Verwaltung entfernt oder gelöscht.</translation>
    </message>
    <message>
        <source>The device's push token has expired. The device must send a new one.</source>
        <translation>Das Push-Token des Geräts ist abgelaufen. Das Gerät muss ein neues senden.</translation>
    </message>
    <message>
        <source>Too many pushes went to this device in a short time. The push will be sent again later.</source>
        <translation>In kurzer Zeit wurden zu viele Pushes an dieses Gerät gesendet. Der Push wird später erneut gesendet.</translation>
    </message>
    <message>
        <source>Apple's push server is shutting down. The push will be sent again.</source>
        <translation>Der Push-Server von Apple wird gerade heruntergefahren. Der Push wird erneut gesendet.</translation>
    </message>
    <message>
        <source>Apple's push service is unavailable for the moment. The push will be sent again later.</source>
        <translation>Der Push-Dienst von Apple ist momentan nicht verfügbar. Der Push wird später erneut gesendet.</translation>
    </message>
    <message>
        <source>Apple's push service had an internal error. The push will be sent again later.</source>
        <translation>Beim Push-Dienst von Apple ist ein interner Fehler aufgetreten. Der Push wird später erneut gesendet.</translation>
    </message>
    <message>
        <source>Apple refused the push (HTTP status %1).</source>
        <translation>Apple hat den Push abgelehnt (HTTP-Status %1).</translation>
    </message>
    <message>
        <source>Apple refused the push as malformed (%1). This is a fault in Espalier; please report it.</source>
        <translation>Apple hat den Push als fehlerhaft abgelehnt (%1). Dies ist ein Fehler in Espalier; bitte melden Sie ihn.</translation>
    </message>
</context>
<context>
    <name>Espalier::AuditLogModel</name>
    <message>
        <source>Entry</source>
        <comment>the audit entry's number in the chain</comment>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>device name, then the audit entry's raw target</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Espalier::AuditLogPage</name>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Noch nichts protokolliert</translation>
    </message>
    <message>
        <source>Every enrollment, command and change to profiles or certificates is recorded here with who did it and when, in a chain that shows if an entry is later changed or removed.</source>
        <translation>Jede Registrierung, jeder Befehl und jede Änderung an Profilen oder Zertifikaten wird hier mit Urheber und Zeitpunkt festgehalten, und zwar in einer Kette, die erkennen lässt, ob ein Eintrag später geändert oder entfernt wurde.</translation>
    </message>
    <message>
        <source>Search the log (Ctrl+F)</source>
        <translation>Protokoll durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Show what this person or part of Espalier did</source>
        <translation>Anzeigen, was diese Person oder dieser Teil von Espalier getan hat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Show entries of this kind</source>
        <translation>Einträge dieser Art anzeigen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Show entries from this time</source>
        <translation>Einträge aus diesem Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until (not included)</source>
        <translation>Bis (ausschließlich)</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Check that no entry was changed, removed or inserted since it was written</source>
        <translation>Prüfen, dass seit dem Schreiben kein Eintrag geändert, entfernt oder eingefügt wurde</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the entries shown, with the columns shown, as a CSV file</source>
        <translation>Die angezeigten Einträge mit den angezeigten Spalten als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Checking every entry of the audit log…</source>
        <translation>Alle Einträge des Protokolls werden geprüft…</translation>
    </message>
    <message>
        <source>Cannot Verify the Audit Log</source>
        <translation>Protokoll kann nicht überprüft werden</translation>
    </message>
    <message numerus="yes">
        <source>The chain holds: all %n entries are exactly as they were written, none is missing and none was inserted.</source>
        <translation>
            <numerusform>Die Kette ist intakt: %n Eintrag ist genau so, wie er geschrieben wurde; keiner fehlt und keiner wurde eingefügt.</numerusform>
            <numerusform>Die Kette ist intakt: Alle %n Einträge sind genau so, wie sie geschrieben wurden; keiner fehlt und keiner wurde eingefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at entry %1. %2 The entries before it are intact; nothing from this entry on can be trusted.</source>
        <translation>Die Kette ist bei Eintrag %1 unterbrochen. %2 Die Einträge davor sind intakt; ab diesem Eintrag ist nichts mehr vertrauenswürdig.</translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <comment>file name</comment>
        <translation>audit-log-%1.csv</translation>
    </message>
    <message>
        <source>Export the Audit Log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Export the Audit Log</source>
        <translation>Protokoll kann nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag in %1 exportiert.</numerusform>
            <numerusform>%n Einträge in %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>%1 von %n Eintrag angezeigt</numerusform>
            <numerusform>%1 von %n Einträgen angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Espalier::BackupDialog</name>
    <message>
        <source>Back Up Espalier</source>
        <translation>Espalier sichern</translation>
    </message>
    <message>
        <source>The backup holds the database and every key Espalier needs to keep serving the enrolled devices: the device CA, the server's TLS key, the push certificate's key and the data key. It is encrypted with the passphrase below; without the passphrase nobody, Espalier included, can restore it. Keep the two apart.</source>
        <translation>Die Sicherung enthält die Datenbank und alle Schlüssel, die Espalier braucht, um die registrierten Geräte weiter zu bedienen: die Geräte-CA, den TLS-Schlüssel des Servers, den Schlüssel des Push-Zertifikats und den Datenschlüssel. Sie wird mit der unten angegebenen Passphrase verschlüsselt; ohne die Passphrase kann niemand sie wiederherstellen, auch Espalier nicht. Bewahren Sie beides getrennt voneinander auf.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Speichern &amp;unter:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Back Up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
            <numerusform>Zu kurz: Verwenden Sie mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weak: anyone who gets the file could guess it. Use a longer passphrase, such as several unrelated words.</source>
        <translation>Schwach: Wer an die Datei gelangt, könnte die Passphrase erraten. Verwenden Sie eine längere Passphrase, etwa mehrere zusammenhanglose Wörter.</translation>
    </message>
    <message>
        <source>Fair: a few more words or characters make it strong.</source>
        <translation>Mittel: Mit ein paar weiteren Wörtern oder Zeichen wird sie stark.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Save Backup</source>
        <translation>Sicherung speichern</translation>
    </message>
    <message>
        <source>Espalier backups (*.espalier-backup)</source>
        <translation>Espalier-Sicherungen (*.espalier-backup)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>Cannot Back Up</source>
        <translation>Sicherung nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%2, %n keys) to %3.</source>
        <translation>
            <numerusform>%1 (%2, %n Schlüssel) in %3 gespeichert.</numerusform>
            <numerusform>%1 (%2, %n Schlüssel) in %3 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Espalier::BackupFile</name>
    <message>
        <source>The backup could not be encrypted or decrypted.</source>
        <translation>Die Sicherung konnte nicht ver- oder entschlüsselt werden.</translation>
    </message>
    <message>
        <source>The backup holds data this version of Espalier cannot read.</source>
        <translation>Die Sicherung enthält Daten, die diese Version von Espalier nicht lesen kann.</translation>
    </message>
    <message>
        <source>The backup's contents are malformed.</source>
        <translation>Der Inhalt der Sicherung ist fehlerhaft.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>Die Passphrase muss mindestens %n Zeichen lang sein.</numerusform>
            <numerusform>Die Passphrase muss mindestens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup's work factor is out of range.</source>
        <translation>Der Arbeitsfaktor der Sicherung liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>This file is not an Espalier backup.</source>
        <translation>Diese Datei ist keine Espalier-Sicherung.</translation>
    </message>
    <message>
        <source>The backup file is incomplete. Copy it again from where it was saved.</source>
        <translation>Die Sicherungsdatei ist unvollständig. Kopieren Sie sie erneut von ihrem Speicherort.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Espalier. Restore it with that version or a later one.</source>
        <translation>Diese Sicherung wurde mit einer neueren Version von Espalier erstellt. Stellen Sie sie mit dieser oder einer späteren Version wieder her.</translation>
    </message>
    <message>
        <source>The backup file asks for a key derivation Espalier does not accept; it is damaged or was not made by Espalier.</source>
        <translation>Die Sicherungsdatei verlangt eine Schlüsselableitung, die Espalier nicht akzeptiert; sie ist beschädigt oder wurde nicht mit Espalier erstellt.</translation>
    </message>
    <message>
        <source>The backup file is incomplete or has been changed. Copy it again from where it was saved.</source>
        <translation>Die Sicherungsdatei ist unvollständig oder wurde verändert. Kopieren Sie sie erneut von ihrem Speicherort.</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Enter the passphrase that was set when the backup was made.</source>
        <translation>Die Passphrase ist falsch. Geben Sie die Passphrase ein, die beim Erstellen der Sicherung festgelegt wurde.</translation>
    </message>
    <message>
        <source>The backup file has been changed or damaged since it was made, so it cannot be trusted. Use another copy of the backup.</source>
        <translation>Die Sicherungsdatei wurde seit ihrer Erstellung verändert oder beschädigt und ist daher nicht vertrauenswürdig. Verwenden Sie eine andere Kopie der Sicherung.</translation>
    </message>
</context>
<context>
    <name>Espalier::Certificate</name>
    <message>
        <source>The certificate has expired.</source>
        <translation>Das Zertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <source>A certificate in its chain has expired.</source>
        <translation>Ein Zertifikat in seiner Kette ist abgelaufen.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet.</source>
        <translation>Das Zertifikat ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>A certificate in its chain is not valid yet.</source>
        <translation>Ein Zertifikat in seiner Kette ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The certificate was not issued by a trusted authority.</source>
        <translation>Das Zertifikat wurde nicht von einer vertrauenswürdigen Zertifizierungsstelle ausgestellt.</translation>
    </message>
    <message>
        <source>A signature in the certificate chain is not valid.</source>
        <translation>Eine Signatur in der Zertifikatskette ist ungültig.</translation>
    </message>
    <message>
        <source>The certificate may not be used for this purpose.</source>
        <translation>Das Zertifikat darf nicht für diesen Zweck verwendet werden.</translation>
    </message>
    <message>
        <source>A certificate in the chain is not allowed to issue certificates.</source>
        <translation>Ein Zertifikat in der Kette darf keine Zertifikate ausstellen.</translation>
    </message>
    <message>
        <source>The certificate could not be verified.</source>
        <translation>Das Zertifikat konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>The certificate could not be read.</source>
        <translation>Das Zertifikat konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The certificate is followed by other data.</source>
        <translation>Auf das Zertifikat folgen weitere Daten.</translation>
    </message>
    <message>
        <source>The certificates could not be read.</source>
        <translation>Die Zertifikate konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file holds more than %1 certificates.</source>
        <translation>Die Datei enthält mehr als %1 Zertifikate.</translation>
    </message>
    <message>
        <source>There is no certificate to verify.</source>
        <translation>Es gibt kein Zertifikat zu überprüfen.</translation>
    </message>
</context>
<context>
    <name>Espalier::CertificateAuthority</name>
    <message>
        <source>The certificate authority needs a name.</source>
        <translation>Die Zertifizierungsstelle braucht einen Namen.</translation>
    </message>
    <message>
        <source>The certificate authority key must have 2048, 3072 or 4096 bits.</source>
        <translation>Der Schlüssel der Zertifizierungsstelle muss 2048, 3072 oder 4096 Bit lang sein.</translation>
    </message>
    <message>
        <source>The certificate authority must be valid for 1 day to 30 years.</source>
        <translation>Die Zertifizierungsstelle muss zwischen 1 Tag und 30 Jahren gültig sein.</translation>
    </message>
    <message>
        <source>The current time is unknown.</source>
        <translation>Die aktuelle Uhrzeit ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The certificate authority needs its certificate and its key.</source>
        <translation>Die Zertifizierungsstelle braucht ihr Zertifikat und ihren Schlüssel.</translation>
    </message>
    <message>
        <source>The certificate is not a certificate authority.</source>
        <translation>Das Zertifikat ist kein Zertifikat einer Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>The certificate authority needs an RSA key of at least 2048 bits, because devices encrypt their SCEP requests to it.</source>
        <translation>Die Zertifizierungsstelle braucht einen RSA-Schlüssel mit mindestens 2048 Bit, weil Geräte ihre SCEP-Anfragen an sie verschlüsselt senden.</translation>
    </message>
    <message>
        <source>The key does not belong to the certificate authority.</source>
        <translation>Der Schlüssel gehört nicht zur Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>There is no certificate authority.</source>
        <translation>Es gibt keine Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>The certificate authority is not valid now (valid from %1 to %2).</source>
        <translation>Die Zertifizierungsstelle ist derzeit nicht gültig (gültig von %1 bis %2).</translation>
    </message>
    <message>
        <source>A device identity must be valid for 1 day to 5 years.</source>
        <translation>Eine Geräteidentität muss zwischen 1 Tag und 5 Jahren gültig sein.</translation>
    </message>
    <message>
        <source>The certificate request is not signed by its own key.</source>
        <translation>Die Zertifikatsanforderung ist nicht mit ihrem eigenen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The device's key is too weak: RSA needs at least 2048 bits, EC at least 256.</source>
        <translation>Der Schlüssel des Geräts ist zu schwach: RSA braucht mindestens 2048 Bit, EC mindestens 256.</translation>
    </message>
    <message>
        <source>The certificate request names no subject.</source>
        <translation>Die Zertifikatsanforderung nennt keinen Inhaber.</translation>
    </message>
    <message>
        <source>A server certificate needs the server's DNS name or IP address.</source>
        <translation>Ein Serverzertifikat braucht den DNS-Namen oder die IP-Adresse des Servers.</translation>
    </message>
    <message>
        <source>The DNS name "%1" is not valid.</source>
        <translation>Der DNS-Name „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>An IP address is not valid.</source>
        <translation>Eine IP-Adresse ist ungültig.</translation>
    </message>
    <message>
        <source>A server certificate may be valid for at most %1 days; Apple devices refuse longer ones.</source>
        <translation>Ein Serverzertifikat darf höchstens %1 Tage gültig sein; Apple-Geräte lehnen länger gültige ab.</translation>
    </message>
    <message>
        <source>The server key is too weak: RSA needs at least 2048 bits, EC at least 256.</source>
        <translation>Der Serverschlüssel ist zu schwach: RSA braucht mindestens 2048 Bit, EC mindestens 256.</translation>
    </message>
    <message>
        <source>The server key must have 2048, 3072 or 4096 bits.</source>
        <translation>Der Serverschlüssel muss 2048, 3072 oder 4096 Bit lang sein.</translation>
    </message>
</context>
<context>
    <name>Espalier::CertificateAuthorityImport</name>
    <message>
        <source>The certificate file holds no readable PEM certificate. Choose the CA's certificate (a file starting with -----BEGIN CERTIFICATE-----).</source>
        <translation>Die Zertifikatsdatei enthält kein lesbares PEM-Zertifikat. Wählen Sie das Zertifikat der CA aus (eine Datei, die mit -----BEGIN CERTIFICATE----- beginnt).</translation>
    </message>
    <message>
        <source>The key file could not be read: %1 Check the file and its passphrase.</source>
        <translation>Die Schlüsseldatei konnte nicht gelesen werden: %1 Prüfen Sie die Datei und ihre Passphrase.</translation>
    </message>
    <message>
        <source>The PKCS#12 file needs both the CA's certificate and its private key.</source>
        <translation>Die PKCS#12-Datei muss sowohl das Zertifikat der CA als auch deren privaten Schlüssel enthalten.</translation>
    </message>
    <message>
        <source>%1 is not a certificate authority: its basic constraints do not allow it to issue certificates. Choose the CA's own certificate, not a server or device certificate issued by it.</source>
        <translation>%1 ist keine Zertifizierungsstelle: Laut seinen Basiseinschränkungen (Basic Constraints) darf das Zertifikat keine Zertifikate ausstellen. Wählen Sie das Zertifikat der CA selbst aus, nicht ein von ihr ausgestelltes Server- oder Gerätezertifikat.</translation>
    </message>
    <message>
        <source>%1 may not sign certificates (its key usage lacks keyCertSign), so devices would refuse the identities Espalier issues with it.</source>
        <translation>%1 darf keine Zertifikate signieren (in der Schlüsselverwendung fehlt keyCertSign), daher würden Geräte die Identitäten ablehnen, die Espalier damit ausstellt.</translation>
    </message>
    <message>
        <source>The private key does not belong to %1. Choose the key that was made with this CA certificate.</source>
        <translation>Der private Schlüssel gehört nicht zu %1. Wählen Sie den Schlüssel aus, der mit diesem CA-Zertifikat erstellt wurde.</translation>
    </message>
    <message>
        <source>%1 is not valid before %2. Check this computer's clock, or wait until then.</source>
        <translation>%1 ist erst ab %2 gültig. Prüfen Sie die Uhr dieses Computers oder warten Sie bis dahin.</translation>
    </message>
    <message>
        <source>%1 expired on %2. Renew the CA first, or let Espalier create a new one.</source>
        <translation>%1 ist am %2 abgelaufen. Erneuern Sie zuerst die CA oder lassen Sie Espalier eine neue erstellen.</translation>
    </message>
</context>
<context>
    <name>Espalier::CertificateBuilder</name>
    <message>
        <source>The certificate could not be built.</source>
        <translation>Das Zertifikat konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>A key is needed to create a CA.</source>
        <translation>Zum Erstellen einer CA wird ein Schlüssel benötigt.</translation>
    </message>
    <message>
        <source>The certificate request is not signed by its own key.</source>
        <translation>Die Zertifikatsanforderung ist nicht mit ihrem eigenen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The new certificate needs a public key.</source>
        <translation>Das neue Zertifikat braucht einen öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>A CA certificate and its key are needed.</source>
        <translation>Ein CA-Zertifikat und sein Schlüssel werden benötigt.</translation>
    </message>
    <message>
        <source>The issuer certificate is not a CA.</source>
        <translation>Das Zertifikat des Ausstellers ist keine CA.</translation>
    </message>
    <message>
        <source>The issuer certificate may not sign certificates.</source>
        <translation>Das Zertifikat des Ausstellers darf keine Zertifikate signieren.</translation>
    </message>
    <message>
        <source>The CA key does not belong to the CA certificate.</source>
        <translation>Der CA-Schlüssel gehört nicht zum CA-Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate needs a subject.</source>
        <translation>Das Zertifikat braucht einen Inhaber.</translation>
    </message>
    <message>
        <source>The certificate needs a validity period.</source>
        <translation>Das Zertifikat braucht einen Gültigkeitszeitraum.</translation>
    </message>
    <message>
        <source>The certificate must expire after it becomes valid.</source>
        <translation>Das Zertifikat muss nach Beginn seiner Gültigkeit ablaufen.</translation>
    </message>
    <message>
        <source>The validity period must lie between the years 1950 and 9999.</source>
        <translation>Der Gültigkeitszeitraum muss zwischen den Jahren 1950 und 9999 liegen.</translation>
    </message>
    <message>
        <source>The certificate could not be signed.</source>
        <translation>Das Zertifikat konnte nicht signiert werden.</translation>
    </message>
    <message>
        <source>A key is needed to create a certificate.</source>
        <translation>Zum Erstellen eines Zertifikats ist ein Schlüssel erforderlich.</translation>
    </message>
</context>
<context>
    <name>Espalier::CertificateListCommand</name>
    <message>
        <source>Certificate List</source>
        <translation>Zertifikatsliste</translation>
    </message>
    <message>
        <source>Listing only managed certificates</source>
        <translation>Das Auflisten nur verwalteter Zertifikate</translation>
    </message>
</context>
<context>
    <name>Espalier::CertificateRequest</name>
    <message>
        <source>The certificate request could not be read.</source>
        <translation>Die Zertifikatsanforderung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The certificate request has no usable key.</source>
        <translation>Die Zertifikatsanforderung enthält keinen brauchbaren Schlüssel.</translation>
    </message>
    <message>
        <source>A key is needed to sign the request.</source>
        <translation>Zum Signieren der Anforderung wird ein Schlüssel benötigt.</translation>
    </message>
    <message>
        <source>The request needs a subject.</source>
        <translation>Die Anforderung braucht einen Inhaber.</translation>
    </message>
    <message>
        <source>The certificate request could not be built.</source>
        <translation>Die Zertifikatsanforderung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The challenge password is too long.</source>
        <translation>Das Challenge-Passwort ist zu lang.</translation>
    </message>
    <message>
        <source>The certificate request could not be signed.</source>
        <translation>Die Zertifikatsanforderung konnte nicht signiert werden.</translation>
    </message>
    <message>
        <source>The certificate request is followed by other data.</source>
        <translation>Auf die Zertifikatsanforderung folgen weitere Daten.</translation>
    </message>
</context>
<context>
    <name>Espalier::CertificateService</name>
    <message>
        <source>Push certificates can be set up once the server is set up and serving devices. Finish the server setup first.</source>
        <translation>Push-Zertifikate können eingerichtet werden, sobald der Server eingerichtet ist und Geräte bedient. Schließen Sie zuerst die Servereinrichtung ab.</translation>
    </message>
    <message>
        <source>The engine has stopped. Start Espalier again.</source>
        <translation>Die Engine wurde gestoppt. Starten Sie Espalier erneut.</translation>
    </message>
    <message>
        <source>The certificates cannot be read until the engine has opened the store.</source>
        <translation>Die Zertifikate können erst gelesen werden, wenn die Engine den Speicher geöffnet hat.</translation>
    </message>
    <message>
        <source>This certificate is no longer stored. Reload the list and try again.</source>
        <translation>Dieses Zertifikat ist nicht mehr gespeichert. Laden Sie die Liste neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The private key could not be read from the keychain: %1</source>
        <translation>Der private Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>The stored key or certificate is damaged and cannot be exported.</source>
        <translation>Der gespeicherte Schlüssel oder das gespeicherte Zertifikat ist beschädigt und kann nicht exportiert werden.</translation>
    </message>
    <message>
        <source>The key in the keychain does not belong to this certificate, so it cannot be exported.</source>
        <translation>Der Schlüssel im Schlüsselbund gehört nicht zu diesem Zertifikat und kann daher nicht exportiert werden.</translation>
    </message>
    <message>
        <source>Choose a password: the file holds a private key and must be sealed.</source>
        <translation>Wählen Sie ein Passwort: Die Datei enthält einen privaten Schlüssel und muss versiegelt werden.</translation>
    </message>
    <message>
        <source>Only the device certificate authority and the push certificate can be exported with their keys.</source>
        <translation>Nur die Zertifizierungsstelle für Geräte und das Push-Zertifikat können mit ihren Schlüsseln exportiert werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Wählen Sie zuerst eine Datei aus.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too big to be a certificate or a key file. Choose the file you were sent or saved.</source>
        <translation>%1 ist zu groß für ein Zertifikat oder eine Schlüsseldatei. Wählen Sie die Datei aus, die Sie erhalten oder gespeichert haben.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
</context>
<context>
    <name>Espalier::CertificatesPage</name>
    <message>
        <source>No certificates yet</source>
        <translation>Noch keine Zertifikate</translation>
    </message>
    <message>
        <source>The push certificate for %1 is in use.</source>
        <translation>Das Push-Zertifikat für %1 ist in Gebrauch.</translation>
    </message>
    <message>
        <source>Export the Device Certificate Authority</source>
        <translation>Zertifizierungsstelle für Geräte exportieren</translation>
    </message>
    <message>
        <source>Export the Push Identity</source>
        <translation>Push-Identität exportieren</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>the device certificate authority</source>
        <translation>die Zertifizierungsstelle für Geräte</translation>
    </message>
    <message>
        <source>the push certificate</source>
        <translation>das Push-Zertifikat</translation>
    </message>
    <message>
        <source>Cannot Export the Identity</source>
        <translation>Identität kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported to %1. Keep the file and its password in separate safe places.</source>
        <translation>In %1 exportiert. Bewahren Sie die Datei und ihr Passwort getrennt an sicheren Orten auf.</translation>
    </message>
    <message>
        <source>Renew Push Certificate…</source>
        <translation>Push-Zertifikat erneuern…</translation>
    </message>
    <message>
        <source>Create Push Certificate…</source>
        <translation>Push-Zertifikat erstellen…</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Back up the selected certificate authority or push certificate with its private key, in a file sealed with a password.</source>
        <translation>Sichert die ausgewählte Zertifizierungsstelle oder das Push-Zertifikat samt privatem Schlüssel in einer mit einem Passwort versiegelten Datei.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>The server’s certificate, the certificate authority that issues device identities and the Apple push certificate appear here with their expiry dates once the server is set up.</source>
        <translation>Das Serverzertifikat, die Zertifizierungsstelle, die Geräteidentitäten ausstellt, und das Push-Zertifikat von Apple erscheinen hier mit ihren Ablaufdaten, sobald der Server eingerichtet ist.</translation>
    </message>
</context>
<context>
    <name>Espalier::ClearPasscodeCommand</name>
    <message>
        <source>Clear Passcode</source>
        <translation>Code löschen</translation>
    </message>
    <message>
        <source>Clear Passcode needs the unlock token this device sends at enrollment; this device never sent one.</source>
        <translation>Der Befehl „Code löschen“ braucht das Unlock-Token, das ein Gerät bei der Registrierung sendet; dieses Gerät hat nie eines gesendet.</translation>
    </message>
    <message>
        <source>This device's unlock token couldn't be read. Check the keychain, then try again.</source>
        <translation>Das Unlock-Token dieses Geräts konnte nicht gelesen werden. Prüfen Sie den Schlüsselbund und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>Espalier::Cms</name>
    <message>
        <source>A certificate and its key are needed to sign.</source>
        <translation>Zum Signieren werden ein Zertifikat und sein Schlüssel benötigt.</translation>
    </message>
    <message>
        <source>The key does not belong to the signing certificate.</source>
        <translation>Der Schlüssel gehört nicht zum Signaturzertifikat.</translation>
    </message>
    <message>
        <source>The data is too large to sign.</source>
        <translation>Die Daten sind zu groß zum Signieren.</translation>
    </message>
    <message>
        <source>The data could not be signed.</source>
        <translation>Die Daten konnten nicht signiert werden.</translation>
    </message>
    <message>
        <source>The signed data does not include the signer's certificate.</source>
        <translation>Die signierten Daten enthalten das Zertifikat des Unterzeichners nicht.</translation>
    </message>
    <message>
        <source>The signature does not match the signed data.</source>
        <translation>Die Signatur passt nicht zu den signierten Daten.</translation>
    </message>
    <message>
        <source>The signed data could not be read.</source>
        <translation>Die signierten Daten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The data is not signed data.</source>
        <translation>Die Daten sind keine signierten Daten.</translation>
    </message>
    <message>
        <source>The signature is detached; the signed content is needed to check it.</source>
        <translation>Die Signatur ist abgetrennt; zum Prüfen wird der signierte Inhalt benötigt.</translation>
    </message>
    <message>
        <source>The signed data carries its own content.</source>
        <translation>Die signierten Daten enthalten bereits ihren eigenen Inhalt.</translation>
    </message>
    <message>
        <source>The signed content is too large.</source>
        <translation>Der signierte Inhalt ist zu groß.</translation>
    </message>
    <message>
        <source>The signature could not be checked.</source>
        <translation>Die Signatur konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The signed data names no signer.</source>
        <translation>Die signierten Daten nennen keinen Unterzeichner.</translation>
    </message>
    <message>
        <source>A recipient certificate is needed to encrypt.</source>
        <translation>Zum Verschlüsseln ist ein Empfängerzertifikat erforderlich.</translation>
    </message>
    <message>
        <source>The data is too large to encrypt.</source>
        <translation>Die Daten sind zu groß zum Verschlüsseln.</translation>
    </message>
    <message>
        <source>The data could not be encrypted.</source>
        <translation>Die Daten konnten nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>A certificate and its key are needed to decrypt.</source>
        <translation>Zum Entschlüsseln sind ein Zertifikat und sein Schlüssel erforderlich.</translation>
    </message>
    <message>
        <source>The key does not belong to the recipient certificate.</source>
        <translation>Der Schlüssel gehört nicht zum Empfängerzertifikat.</translation>
    </message>
    <message>
        <source>The encrypted data could not be read.</source>
        <translation>Die verschlüsselten Daten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The data is not encrypted data.</source>
        <translation>Die Daten sind keine verschlüsselten Daten.</translation>
    </message>
    <message>
        <source>The data could not be decrypted.</source>
        <translation>Die Daten konnten nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>The data is not encrypted to this certificate.</source>
        <translation>Die Daten sind nicht für dieses Zertifikat verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>Espalier::CommandDetailsPane</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>The command exactly as the device receives it</source>
        <translation>Der Befehl genau so, wie das Gerät ihn erhält</translation>
    </message>
    <message>
        <source>The device's answer exactly as it sent it</source>
        <translation>Die Antwort des Geräts genau so, wie es sie gesendet hat</translation>
    </message>
    <message numerus="yes">
        <source>%n commands selected.</source>
        <translation>
            <numerusform>%n Befehl ausgewählt.</numerusform>
            <numerusform>%n Befehle ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a command to see what happened to it.</source>
        <translation>Wählen Sie einen Befehl aus, um zu sehen, was mit ihm geschehen ist.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <comment>command type, then the device</comment>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>%1, user %2</source>
        <translation>%1, Benutzer %2</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>Geräte-ID</translation>
    </message>
    <message>
        <source>Command UUID</source>
        <translation>Befehls-UUID</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange gestellt</translation>
    </message>
    <message>
        <source>Push requested</source>
        <translation>Push angefordert</translation>
    </message>
    <message>
        <source>Sent to device</source>
        <translation>An Gerät gesendet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>“Not Now” answers</source>
        <translation>Antworten „Nicht jetzt“</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This command carries a secret (an unlock token or a PIN), so it is stored encrypted and not shown here.</source>
        <translation>Dieser Befehl enthält ein Geheimnis (ein Unlock-Token oder eine PIN) und wird daher verschlüsselt gespeichert und hier nicht angezeigt.</translation>
    </message>
    <message>
        <source>The device sent no answer to this command.</source>
        <translation>Das Gerät hat auf diesen Befehl nicht geantwortet.</translation>
    </message>
    <message>
        <source>The device has not answered yet.</source>
        <translation>Das Gerät hat noch nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>Espalier::CommandQueue</name>
    <message>
        <source>The command is incomplete.</source>
        <translation>Der Befehl ist unvollständig.</translation>
    </message>
    <message>
        <source>The command is inconsistent.</source>
        <translation>Der Befehl ist widersprüchlich.</translation>
    </message>
    <message>
        <source>The command holds a value that cannot be sent to a device.</source>
        <translation>Der Befehl enthält einen Wert, der nicht an ein Gerät gesendet werden kann.</translation>
    </message>
    <message>
        <source>The device is not enrolled.</source>
        <translation>Das Gerät ist nicht registriert.</translation>
    </message>
    <message>
        <source>The device is no longer enrolled.</source>
        <translation>Das Gerät ist nicht mehr registriert.</translation>
    </message>
    <message>
        <source>The command has no target.</source>
        <translation>Der Befehl hat kein Ziel.</translation>
    </message>
    <message>
        <source>The command would expire before it could be sent.</source>
        <translation>Der Befehl würde ablaufen, bevor er gesendet werden kann.</translation>
    </message>
    <message>
        <source>Nobody asked to cancel the command.</source>
        <translation>Es ist nicht angegeben, wer den Befehl abbrechen möchte.</translation>
    </message>
    <message>
        <source>Nobody asked to retry the command.</source>
        <translation>Es ist nicht angegeben, wer den Befehl erneut senden möchte.</translation>
    </message>
    <message>
        <source>The command does not exist.</source>
        <translation>Den Befehl gibt es nicht.</translation>
    </message>
    <message>
        <source>Only a command that failed, expired or was cancelled can be retried.</source>
        <translation>Nur ein fehlgeschlagener, abgelaufener oder abgebrochener Befehl kann erneut gesendet werden.</translation>
    </message>
    <message>
        <source>The stored command cannot be read.</source>
        <translation>Der gespeicherte Befehl kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The command is sealed and this engine cannot open it.</source>
        <translation>Der Befehl ist versiegelt, und diese Engine kann ihn nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>Espalier::CommandQueueStore</name>
    <message>
        <source>The command no longer exists.</source>
        <translation>Den Befehl gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Espalier::CommandRepository</name>
    <message>
        <source>The command %1 is stored in an unknown state.</source>
        <translation>Der Befehl %1 ist in einem unbekannten Status gespeichert.</translation>
    </message>
</context>
<context>
    <name>Espalier::CommandTableModel</name>
    <message>
        <source>%1 — user %2</source>
        <comment>device name, then the user channel's user</comment>
        <translation>%1 — Benutzer %2</translation>
    </message>
    <message>
        <source>Device %1, channel %2</source>
        <translation>Gerät %1, Kanal %2</translation>
    </message>
    <message>
        <source>%1 (command %2)</source>
        <translation>%1 (Befehl %2)</translation>
    </message>
    <message>
        <source>Push requested: %1</source>
        <translation>Push angefordert: %1</translation>
    </message>
    <message>
        <source>Sent to device: %1</source>
        <translation>An Gerät gesendet: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Abgeschlossen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Handed to the device %n time(s).</source>
        <translation>
            <numerusform>%n-mal an das Gerät übergeben.</numerusform>
            <numerusform>%n-mal an das Gerät übergeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The device answered “Not Now” %n time(s).</source>
        <translation>
            <numerusform>Das Gerät hat %n-mal mit „Nicht jetzt“ geantwortet.</numerusform>
            <numerusform>Das Gerät hat %n-mal mit „Nicht jetzt“ geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Last Change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Requested By</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Push gesendet</translation>
    </message>
    <message>
        <source>Sent to device</source>
        <translation>An Gerät gesendet</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Waiting for the device. It is handed out the next time the device checks in.</source>
        <translation>Wartet auf das Gerät. Der Befehl wird beim nächsten Check-in des Geräts übergeben.</translation>
    </message>
    <message>
        <source>Apple's push service was asked at %1 to wake the device; the device has not fetched the command yet.</source>
        <translation>Der Push-Dienst von Apple wurde um %1 gebeten, das Gerät zu wecken; das Gerät hat den Befehl noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>Handed to the device at %1; waiting for its answer.</source>
        <translation>Um %1 an das Gerät übergeben; die Antwort steht noch aus.</translation>
    </message>
    <message>
        <source>The device carried the command out and confirmed it at %1.</source>
        <translation>Das Gerät hat den Befehl ausgeführt und dies um %1 bestätigt.</translation>
    </message>
    <message>
        <source>The device could not carry the command out (reported at %1).</source>
        <translation>Das Gerät konnte den Befehl nicht ausführen (gemeldet um %1).</translation>
    </message>
    <message>
        <source>The device refused the command as invalid or not supported on it (reported at %1).</source>
        <translation>Das Gerät hat den Befehl als ungültig oder nicht unterstützt abgelehnt (gemeldet um %1).</translation>
    </message>
    <message numerus="yes">
        <source>The device answered “Not Now” %n time(s): it cannot run the command at the moment, typically because it is locked with a passcode, still in Setup Assistant, or busy with another command.</source>
        <translation>
            <numerusform>Das Gerät hat %n-mal mit „Nicht jetzt“ geantwortet: Es kann den Befehl momentan nicht ausführen, meist weil es mit einem Code gesperrt ist, sich noch im Systemassistenten befindet oder mit einem anderen Befehl beschäftigt ist.</numerusform>
            <numerusform>Das Gerät hat %n-mal mit „Nicht jetzt“ geantwortet: Es kann den Befehl momentan nicht ausführen, meist weil es mit einem Code gesperrt ist, sich noch im Systemassistenten befindet oder mit einem anderen Befehl beschäftigt ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Espalier hands it out again at the first check-in after %1.</source>
        <translation>Espalier übergibt ihn beim ersten Check-in nach %1 erneut.</translation>
    </message>
    <message>
        <source>The device did not fetch the command before it expired at %1; it will not be sent.</source>
        <translation>Das Gerät hat den Befehl nicht vor seinem Ablauf um %1 abgerufen; er wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Cancelled at %1; it will not be sent.</source>
        <translation>Um %1 abgebrochen; der Befehl wird nicht gesendet.</translation>
    </message>
    <message>
        <source>The device said:</source>
        <translation>Das Gerät meldete:</translation>
    </message>
    <message>
        <source>Espalier (automatic)</source>
        <translation>Espalier (automatisch)</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <comment>error description, then its domain and code</comment>
        <translation>%1 (%2 %3)</translation>
    </message>
</context>
<context>
    <name>Espalier::CommandText</name>
    <message>
        <source>%1 contains control characters. Remove them and try again.</source>
        <translation>%1 enthält Steuerzeichen. Entfernen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 must be a single line without control characters.</source>
        <translation>%1 muss aus einer einzigen Zeile ohne Steuerzeichen bestehen.</translation>
    </message>
</context>
<context>
    <name>Espalier::CommandsPage</name>
    <message>
        <source>No commands yet</source>
        <translation>Noch keine Befehle</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n in Warteschlange</numerusform>
            <numerusform>%n in Warteschlange</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pushed</source>
        <translation>
            <numerusform>%n Push gesendet</numerusform>
            <numerusform>%n Push gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent to device</source>
        <translation>
            <numerusform>%n an Gerät gesendet</numerusform>
            <numerusform>%n an Gerät gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged</source>
        <translation>
            <numerusform>%n bestätigt</numerusform>
            <numerusform>%n bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an error</source>
        <translation>
            <numerusform>%n mit Fehler</numerusform>
            <numerusform>%n mit Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not now</source>
        <translation>
            <numerusform>%n „Nicht jetzt“</numerusform>
            <numerusform>%n „Nicht jetzt“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n abgelaufen</numerusform>
            <numerusform>%n abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Commands sent to devices, such as Lock, Restart or Erase, appear here with whether they were delivered and what the device answered. Send them from the Devices page.</source>
        <translation>An Geräte gesendete Befehle wie „Sperren“, „Neu starten“ oder „Löschen“ erscheinen hier, zusammen mit der Angabe, ob sie zugestellt wurden und was das Gerät geantwortet hat. Senden Sie Befehle über die Seite „Geräte“.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show commands in this state</source>
        <translation>Befehle mit diesem Status anzeigen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Show commands of this kind</source>
        <translation>Befehle dieser Art anzeigen</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Show the commands of this device</source>
        <translation>Die Befehle dieses Geräts anzeigen</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Clear the filters and show every command</source>
        <translation>Filter zurücksetzen und alle Befehle anzeigen</translation>
    </message>
    <message>
        <source>Command queue</source>
        <translation>Befehlswarteschlange</translation>
    </message>
    <message>
        <source>&amp;Cancel Command…</source>
        <translation>Befehl &amp;abbrechen…</translation>
    </message>
    <message>
        <source>&amp;Retry Command</source>
        <translation>Befehl &amp;erneut senden</translation>
    </message>
    <message>
        <source>Copy Command &amp;UUID</source>
        <translation>Befehls-&amp;UUID kopieren</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Cancel Command…</source>
        <translation>Befehl abbrechen…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Queued, pushed, sent to device, or not now</source>
        <translation>In Warteschlange, Push gesendet, an Gerät gesendet oder „Nicht jetzt“</translation>
    </message>
    <message>
        <source>Did not happen</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Error, rejected, expired, or cancelled</source>
        <translation>Fehler, abgelehnt, abgelaufen oder abgebrochen</translation>
    </message>
    <message>
        <source>All commands</source>
        <translation>Alle Befehle</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Alle Geräte</translation>
    </message>
    <message>
        <source>Total %1:</source>
        <translation>Gesamt %1:</translation>
    </message>
    <message>
        <source>Click a count to show only those commands</source>
        <translation>Klicken Sie auf eine Anzahl, um nur diese Befehle anzuzeigen</translation>
    </message>
    <message>
        <source>Only an admin can do this; the console is in helpdesk mode.</source>
        <translation>Nur ein Admin kann dies tun; die Konsole ist im Helpdesk-Modus.</translation>
    </message>
    <message>
        <source>Stop sending the selected unfinished commands (Delete)</source>
        <translation>Ausgewählte nicht abgeschlossene Befehle nicht mehr senden (Entf)</translation>
    </message>
    <message>
        <source>Queue the selected failed, expired or cancelled commands again</source>
        <translation>Ausgewählte fehlgeschlagene, abgelaufene oder abgebrochene Befehle erneut in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>• %1 for %2 (%3)</source>
        <comment>command type, device, state</comment>
        <translation>• %1 für %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>• and %n more</source>
        <translation>
            <numerusform>• und %n weiterer Befehl</numerusform>
            <numerusform>• und %n weitere Befehle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n command(s)? The device will not receive them, even when it checks in later.</source>
        <translation>
            <numerusform>%n Befehl abbrechen? Er wird nicht zugestellt, auch wenn sich das Gerät später meldet.</numerusform>
            <numerusform>%n Befehle abbrechen? Sie werden nicht zugestellt, auch wenn sich das Gerät später meldet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Commands</source>
        <translation>Befehle abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n Command(s)</source>
        <translation>
            <numerusform>%n Befehl abbrechen</numerusform>
            <numerusform>%n Befehle abbrechen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n command(s) could not be cancelled: %2</source>
        <translation>
            <numerusform>%1 von %n Befehl konnte nicht abgebrochen werden: %2</numerusform>
            <numerusform>%1 von %n Befehlen konnten nicht abgebrochen werden: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Cancel Commands</source>
        <translation>Befehle können nicht abgebrochen werden</translation>
    </message>
    <message>
        <source>Retry Commands</source>
        <translation>Befehle erneut senden</translation>
    </message>
    <message numerus="yes">
        <source>Queue %n command(s) again? This includes erasing a device, which deletes everything on it.</source>
        <translation>
            <numerusform>%n Befehl erneut in die Warteschlange stellen? Darunter ist das Löschen eines Geräts, bei dem alles auf dem Gerät gelöscht wird.</numerusform>
            <numerusform>%n Befehle erneut in die Warteschlange stellen? Darunter ist das Löschen eines Geräts, bei dem alles auf dem Gerät gelöscht wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %n Command(s)</source>
        <translation>
            <numerusform>%n Befehl erneut senden</numerusform>
            <numerusform>%n Befehle erneut senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n command(s) could not be queued again: %2</source>
        <translation>
            <numerusform>%1 von %n Befehl konnte nicht erneut in die Warteschlange gestellt werden: %2</numerusform>
            <numerusform>%1 von %n Befehlen konnten nicht erneut in die Warteschlange gestellt werden: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Retry Commands</source>
        <translation>Befehle können nicht erneut gesendet werden</translation>
    </message>
</context>
<context>
    <name>Espalier::ConsoleRole</name>
    <message>
        <source>Only an admin can change the admin password. Leave helpdesk mode first.</source>
        <translation>Nur ein Admin kann das Admin-Passwort ändern. Verlassen Sie zuerst den Helpdesk-Modus.</translation>
    </message>
    <message>
        <source>The current admin password is wrong.</source>
        <translation>Das aktuelle Admin-Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Set an admin password first, so that helpdesk mode can be left again.</source>
        <translation>Legen Sie zuerst ein Admin-Passwort fest, damit der Helpdesk-Modus wieder verlassen werden kann.</translation>
    </message>
    <message>
        <source>No admin password is stored in the system keyring, so helpdesk mode cannot be left. If the keyring is locked, unlock it and try again.</source>
        <translation>Im Schlüsselbund des Systems ist kein Admin-Passwort gespeichert, daher kann der Helpdesk-Modus nicht verlassen werden. Wenn der Schlüsselbund gesperrt ist, entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That is not the admin password.</source>
        <translation>Das ist nicht das Admin-Passwort.</translation>
    </message>
</context>
<context>
    <name>Espalier::Credential</name>
    <message>
        <source>Push certificate</source>
        <translation>Push-Zertifikat</translation>
    </message>
    <message>
        <source>Device certificate authority</source>
        <translation>Zertifizierungsstelle für Geräte</translation>
    </message>
    <message>
        <source>Server certificate (HTTPS, profile signing)</source>
        <translation>Serverzertifikat (HTTPS, Profilsignierung)</translation>
    </message>
    <message>
        <source>Expired today</source>
        <translation>Heute abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Vor %n Tag abgelaufen</numerusform>
            <numerusform>Vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Läuft heute ab</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>Noch %n Tag</numerusform>
            <numerusform>Noch %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Espalier::CredentialTableModel</name>
    <message>
        <source>Renew it before it expires: until then, devices can be woken; after, none of them can.</source>
        <translation>Erneuern Sie es vor dem Ablauf: Bis dahin können Geräte aufgeweckt werden, danach keines mehr.</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Ausgestellt von %1</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Apple ID</source>
        <translation>Apple ID</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
</context>
<context>
    <name>Espalier::Csv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceActionController</name>
    <message>
        <source>Cannot Prepare %1</source>
        <translation>%1 kann nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>Lock Again?</source>
        <translation>Erneut sperren?</translation>
    </message>
    <message numerus="yes">
        <source>A lock is already waiting for %n of these device(s):</source>
        <translation>
            <numerusform>Für %n dieser Geräte wartet bereits eine Sperre:</numerusform>
            <numerusform>Für %n dieser Geräte wartet bereits eine Sperre:</numerusform>
        </translation>
    </message>
    <message>
        <source>Another lock gives a Mac a second PIN; the Mac opens only with the PIN of the lock it runs last. Both stay in its lock PIN history.</source>
        <translation>Eine weitere Sperre gibt einem Mac eine zweite PIN; der Mac lässt sich nur mit der PIN der Sperre entsperren, die er zuletzt ausführt. Beide bleiben in seinem Sperr-PIN-Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Lock Again</source>
        <translation>Erneut sperren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot %1</source>
        <translation>%1 nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n device(s)?</source>
        <translation>
            <numerusform>%1 auf %n Gerät?</numerusform>
            <numerusform>%1 auf %n Geräten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>%1?</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceActionPlanner</name>
    <message>
        <source>This device is no longer enrolled.</source>
        <translation>Dieses Gerät ist nicht mehr registriert.</translation>
    </message>
    <message>
        <source>This action has no single command.</source>
        <translation>Für diese Aktion gibt es keinen einzelnen Befehl.</translation>
    </message>
    <message>
        <source>No PIN could be generated. Try again.</source>
        <translation>Es konnte keine PIN erzeugt werden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This Mac can't show a phone number on its lock screen; it shows the message only.</source>
        <translation>Dieser Mac kann keine Telefonnummer auf seinem Sperrbildschirm anzeigen; er zeigt nur die Nachricht an.</translation>
    </message>
    <message>
        <source>Locked by your organization</source>
        <translation>Von Ihrer Organisation gesperrt</translation>
    </message>
    <message>
        <source>Refresh Inventory</source>
        <translation>Inventar aktualisieren</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Enable Lost Mode</source>
        <translation>Modus „Verloren“ aktivieren</translation>
    </message>
    <message>
        <source>Play Sound</source>
        <translation>Ton abspielen</translation>
    </message>
    <message>
        <source>Locate</source>
        <translation>Orten</translation>
    </message>
    <message>
        <source>Disable Lost Mode</source>
        <translation>Modus „Verloren“ deaktivieren</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Shut Down</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Clear Passcode</source>
        <translation>Code löschen</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceActionResultDialog</name>
    <message numerus="yes">
        <source>%1 was queued for %n of %2 device(s).</source>
        <translation>
            <numerusform>%1 wurde für %n Gerät (von %2) in die Warteschlange gestellt.</numerusform>
            <numerusform>%1 wurde für %n Geräte (von %2) in die Warteschlange gestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write down each Mac's PIN or find it later in the Mac's lock PIN history: the Mac opens only with it.</source>
        <translation>Notieren Sie die PIN jedes Mac oder schlagen Sie sie später im Sperr-PIN-Verlauf des Mac nach: Nur mit ihr lässt sich der Mac entsperren.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In die Warteschlange gestellt</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceActions</name>
    <message>
        <source>The engine is not running, so nothing can be sent to devices.</source>
        <translation>Die Engine läuft nicht, daher kann nichts an Geräte gesendet werden.</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceAppListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Verwaltet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceAuthenticator</name>
    <message>
        <source>The request carries neither an Mdm-Signature nor a client certificate.</source>
        <translation>Die Anfrage enthält weder eine Mdm-Signature noch ein Client-Zertifikat.</translation>
    </message>
    <message>
        <source>The Mdm-Signature header is too large.</source>
        <translation>Der Header Mdm-Signature ist zu groß.</translation>
    </message>
    <message>
        <source>The Mdm-Signature header is not base64.</source>
        <translation>Der Header Mdm-Signature ist nicht Base64-codiert.</translation>
    </message>
    <message>
        <source>The Mdm-Signature must have exactly one signer, not %1.</source>
        <translation>Die Mdm-Signature muss genau einen Unterzeichner haben, nicht %1.</translation>
    </message>
    <message>
        <source>The device identity was not issued by this server.</source>
        <translation>Die Geräteidentität wurde nicht von diesem Server ausgestellt.</translation>
    </message>
    <message>
        <source>The client certificate was not issued by this server.</source>
        <translation>Das Client-Zertifikat wurde nicht von diesem Server ausgestellt.</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceCertificateListModel</name>
    <message>
        <source>Common name</source>
        <translation>Allgemeiner Name</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceCommandListModel</name>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Queued by</source>
        <translation>Eingereiht von</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Pushed, waiting for the device</source>
        <translation>Per Push angestoßen, wartet auf das Gerät</translation>
    </message>
    <message>
        <source>Sent to device</source>
        <translation>An das Gerät gesendet</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Not understood</source>
        <translation>Nicht verstanden</translation>
    </message>
    <message>
        <source>Not now, will retry</source>
        <translation>Nicht jetzt, wird erneut versucht</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Waiting in the queue. The device gets it the next time it checks in.</source>
        <translation>Wartet in der Warteschlange. Das Gerät erhält den Befehl bei seinem nächsten Check-in.</translation>
    </message>
    <message>
        <source>Apple's push service was asked to wake the device; it hasn't fetched the command yet.</source>
        <translation>Der Push-Dienst von Apple wurde gebeten, das Gerät zu wecken; es hat den Befehl noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>The device fetched the command and hasn't answered yet.</source>
        <translation>Das Gerät hat den Befehl abgerufen, aber noch nicht geantwortet.</translation>
    </message>
    <message>
        <source>The device ran the command and said so.</source>
        <translation>Das Gerät hat den Befehl ausgeführt und dies bestätigt.</translation>
    </message>
    <message>
        <source>The device tried and reported an error.</source>
        <translation>Das Gerät hat es versucht und einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The device didn't understand the command. Its OS may be too old for it.</source>
        <translation>Das Gerät hat den Befehl nicht verstanden. Möglicherweise ist sein Betriebssystem dafür zu alt.</translation>
    </message>
    <message>
        <source>The device couldn't run it right now, for example because it was locked or busy. It is handed out again at the device's next check-in.</source>
        <translation>Das Gerät konnte den Befehl gerade nicht ausführen, zum Beispiel weil es gesperrt oder beschäftigt war. Er wird beim nächsten Check-in des Geräts erneut ausgegeben.</translation>
    </message>
    <message>
        <source>Not before %1.</source>
        <translation>Nicht vor %1.</translation>
    </message>
    <message>
        <source>The device didn't fetch it before it expired. Retry to queue it again.</source>
        <translation>Das Gerät hat den Befehl nicht abgerufen, bevor er abgelaufen ist. Mit „Erneut senden“ stellen Sie ihn wieder in die Warteschlange.</translation>
    </message>
    <message>
        <source>Cancelled before the device ran it.</source>
        <translation>Abgebrochen, bevor das Gerät ihn ausgeführt hat.</translation>
    </message>
    <message>
        <source>The device said:</source>
        <translation>Das Gerät meldete:</translation>
    </message>
    <message>
        <source>This request carries a secret (a PIN or an unlock token), so it is stored sealed and opened only to deliver it to the device.</source>
        <translation>Diese Anfrage enthält ein Geheimnis (eine PIN oder ein Unlock-Token). Sie wird daher versiegelt gespeichert und nur geöffnet, um sie an das Gerät zuzustellen.</translation>
    </message>
    <message>
        <source>The device hasn't answered this command.</source>
        <translation>Das Gerät hat auf diesen Befehl nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceDetailDialog</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceDetailLoader</name>
    <message>
        <source>This device is no longer in the store.</source>
        <translation>Dieses Gerät ist nicht mehr im Datenbestand.</translation>
    </message>
    <message>
        <source>A selected device is no longer in the store.</source>
        <translation>Ein ausgewähltes Gerät ist nicht mehr im Datenbestand.</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceDetailWidget</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No push token yet</source>
        <translation>Noch kein Push-Token</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <source>Refused by Apple's push service</source>
        <translation>Vom Push-Dienst von Apple abgelehnt</translation>
    </message>
    <message>
        <source>No longer valid (the device must check in)</source>
        <translation>Nicht mehr gültig (das Gerät muss einen Check-in durchführen)</translation>
    </message>
    <message>
        <source>&lt;a href="%1"&gt;%2&lt;/a&gt; (reported %3)</source>
        <extracomment>%1 is a position as latitude, longitude; %2 when the device reported it</extracomment>
        <translation>&lt;a href="%1"&gt;%2&lt;/a&gt; (gemeldet: %3)</translation>
    </message>
    <message>
        <source>The device hasn't reported its apps yet.</source>
        <translation>Das Gerät hat seine Apps noch nicht gemeldet.</translation>
    </message>
    <message>
        <source>The device hasn't reported its profiles yet.</source>
        <translation>Das Gerät hat seine Profile noch nicht gemeldet.</translation>
    </message>
    <message>
        <source>The device hasn't reported its certificates yet.</source>
        <translation>Das Gerät hat seine Zertifikate noch nicht gemeldet.</translation>
    </message>
    <message>
        <source>Cannot Cancel the Command</source>
        <translation>Befehl kann nicht abgebrochen werden</translation>
    </message>
    <message>
        <source>Cannot Retry the Command</source>
        <translation>Befehl kann nicht erneut gesendet werden</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>Unbenanntes Gerät</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>None reported</source>
        <translation>Keiner gemeldet</translation>
    </message>
    <message>
        <source>Enrollment:</source>
        <translation>Registrierung:</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Nicht registriert</translation>
    </message>
    <message>
        <source>User Enrollment (a personal device)</source>
        <translation>Benutzerregistrierung (ein privates Gerät)</translation>
    </message>
    <message>
        <source>Device enrollment</source>
        <translation>Geräteregistrierung</translation>
    </message>
    <message>
        <source>Enrolled:</source>
        <translation>Registriert:</translation>
    </message>
    <message>
        <source>Last check-in:</source>
        <translation>Letzter Check-in:</translation>
    </message>
    <message>
        <source>Inventory updated:</source>
        <translation>Inventar aktualisiert:</translation>
    </message>
    <message>
        <source>Push:</source>
        <translation>Push:</translation>
    </message>
    <message>
        <source>UDID:</source>
        <translation>UDID:</translation>
    </message>
    <message>
        <source>FileVault:</source>
        <translation>FileVault:</translation>
    </message>
    <message>
        <source>System Integrity Protection:</source>
        <translation>Systemintegritätsschutz:</translation>
    </message>
    <message>
        <source>User-approved enrollment:</source>
        <translation>Vom Benutzer genehmigte Registrierung:</translation>
    </message>
    <message>
        <source>Activation Lock:</source>
        <translation>Aktivierungssperre:</translation>
    </message>
    <message>
        <source>Passcode set:</source>
        <translation>Code festgelegt:</translation>
    </message>
    <message>
        <source>Supervised:</source>
        <translation>Betreut:</translation>
    </message>
    <message>
        <source>Unlock token escrowed:</source>
        <translation>Unlock-Token hinterlegt:</translation>
    </message>
    <message>
        <source>No (Clear Passcode is not possible)</source>
        <translation>Nein („Code löschen“ ist nicht möglich)</translation>
    </message>
    <message>
        <source>Last location: %1</source>
        <translation>Letzter Standort: %1</translation>
    </message>
    <message>
        <source>Locked since %1, by %2.</source>
        <translation>Gesperrt seit %1, von %2.</translation>
    </message>
    <message>
        <source>Lock pending since %1, queued by %2.</source>
        <translation>Sperre ausstehend seit %1, eingereiht von %2.</translation>
    </message>
    <message>
        <source>PIN %1</source>
        <translation>PIN %1</translation>
    </message>
    <message>
        <source>Newest PIN %1 (not acknowledged yet)</source>
        <translation>Neueste PIN %1 (noch nicht bestätigt)</translation>
    </message>
    <message>
        <source>Cannot Show the Lock PINs</source>
        <translation>Sperr-PINs können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>This device was never sent a PIN. Only Macs get one, with Lock and Wipe.</source>
        <translation>An dieses Gerät wurde nie eine PIN gesendet. Nur Macs erhalten eine, beim Sperren und Löschen.</translation>
    </message>
    <message>
        <source>Every PIN this device was sent, newest first. The Mac opens only with the PIN of the lock it ran last. Viewing them was recorded in the audit log.</source>
        <translation>Alle PINs, die an dieses Gerät gesendet wurden, die neueste zuerst. Der Mac lässt sich nur mit der PIN der Sperre entsperren, die er zuletzt ausgeführt hat. Das Anzeigen wurde im Protokoll vermerkt.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Choose a command to see what happened to it and the raw request and response.</source>
        <translation>Wählen Sie einen Befehl aus, um zu sehen, was mit ihm geschehen ist, sowie die Rohdaten von Anfrage und Antwort.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Lock PINs</source>
        <translation>Sperr-PINs</translation>
    </message>
    <message>
        <source>Lost Mode</source>
        <translation>Modus „Verloren“</translation>
    </message>
    <message>
        <source>Show PIN</source>
        <translation>PIN anzeigen</translation>
    </message>
    <message>
        <source>Shows the PIN that opens this Mac. Viewing it is recorded in the audit log.</source>
        <translation>Zeigt die PIN an, mit der sich dieser Mac entsperren lässt. Das Anzeigen wird im Protokoll vermerkt.</translation>
    </message>
    <message>
        <source>Show Lock PINs</source>
        <translation>Sperr-PINs anzeigen</translation>
    </message>
    <message>
        <source>Every Find My PIN this device was sent with Lock or Wipe is kept. Showing them is recorded in the audit log.</source>
        <translation>Jede „Wo ist?“-PIN, die beim Sperren oder Löschen an dieses Gerät gesendet wurde, wird aufbewahrt. Das Anzeigen wird im Protokoll vermerkt.</translation>
    </message>
    <message>
        <source>Cancel Command</source>
        <translation>Befehl abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceInformationCommand</name>
    <message>
        <source>Device Information</source>
        <translation>Geräteinformationen</translation>
    </message>
    <message>
        <source>“%1” isn't a Device Information query. Check the spelling; query names are case-sensitive.</source>
        <translation>„%1“ ist keine Abfrage für Geräteinformationen. Prüfen Sie die Schreibweise; bei Abfragenamen wird zwischen Groß- und Kleinschreibung unterschieden.</translation>
    </message>
    <message>
        <source>The %1 query</source>
        <extracomment>%1 is a query name such as "SerialNumber"</extracomment>
        <translation>Die Abfrage %1</translation>
    </message>
    <message>
        <source>This device answers none of the standard inventory queries. Choose the queries to send.</source>
        <translation>Dieses Gerät beantwortet keine der Standardabfragen für das Inventar. Wählen Sie die Abfragen aus, die gesendet werden sollen.</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceLocationCommand</name>
    <message>
        <source>Device Location</source>
        <translation>Gerätestandort</translation>
    </message>
    <message>
        <source>Locating a device needs a supervised iPhone or iPad in Lost Mode.</source>
        <translation>Zum Orten eines Geräts ist ein betreutes iPhone oder iPad im Modus „Verloren“ erforderlich.</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceLockCommand</name>
    <message>
        <source>Locking a Mac with Apple silicon before macOS 11.5 deactivates it, and Espalier doesn't know which macOS this Mac runs. Refresh its inventory, then try again.</source>
        <translation>Ein Mac mit Apple Chip wird vor macOS 11.5 beim Sperren deaktiviert, und Espalier weiß nicht, welche macOS-Version auf diesem Mac läuft. Aktualisieren Sie sein Inventar und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Locking this Mac would deactivate it: Macs with Apple silicon are deactivated instead of locked before macOS 11.5. Update it to macOS 11.5 or later first.</source>
        <translation>Das Sperren würde diesen Mac deaktivieren: Macs mit Apple Chip werden vor macOS 11.5 deaktiviert statt gesperrt. Aktualisieren Sie ihn zuerst auf macOS 11.5 oder neuer.</translation>
    </message>
    <message>
        <source>Locking this Mac could deactivate it: Macs with Apple silicon are deactivated instead of locked before macOS 11.5, and this Mac hasn't reported its chip. Update it to macOS 11.5 or later first.</source>
        <translation>Das Sperren könnte diesen Mac deaktivieren: Macs mit Apple Chip werden vor macOS 11.5 deaktiviert statt gesperrt, und dieser Mac hat seinen Chip nicht gemeldet. Aktualisieren Sie ihn zuerst auf macOS 11.5 oder neuer.</translation>
    </message>
    <message>
        <source>Device Lock</source>
        <translation>Gerät sperren</translation>
    </message>
    <message>
        <source>The lock screen message</source>
        <translation>Die Nachricht auf dem Sperrbildschirm</translation>
    </message>
    <message>
        <source>The lock screen phone number</source>
        <translation>Die Telefonnummer auf dem Sperrbildschirm</translation>
    </message>
    <message>
        <source>Only Macs with Apple silicon show a phone number on the lock screen. Leave the phone number empty.</source>
        <translation>Nur Macs mit Apple Chip zeigen eine Telefonnummer auf dem Sperrbildschirm an. Lassen Sie die Telefonnummer leer.</translation>
    </message>
    <message>
        <source>macOS needs a six-digit PIN to lock this Mac.</source>
        <translation>macOS braucht eine sechsstellige PIN, um diesen Mac zu sperren.</translation>
    </message>
    <message>
        <source>The Find My PIN</source>
        <translation>Die PIN für „Wo ist?“</translation>
    </message>
    <message>
        <source>The PIN must be exactly six digits.</source>
        <translation>Die PIN muss aus genau sechs Ziffern bestehen.</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceLockDialog</name>
    <message numerus="yes">
        <source>Lock %n Device(s)</source>
        <translation>
            <numerusform>%n Gerät sperren</numerusform>
            <numerusform>%n Geräte sperren</numerusform>
        </translation>
    </message>
    <message>
        <source>The devices lock at once when they next check in. The message and phone number appear on the lock screen, so whoever finds a device can return it.</source>
        <translation>Die Geräte werden sofort gesperrt, sobald sie sich das nächste Mal melden. Nachricht und Telefonnummer erscheinen auf dem Sperrbildschirm, damit ein Finder das Gerät zurückgeben kann.</translation>
    </message>
    <message>
        <source>Can't be locked: %1</source>
        <translation>Kann nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>Gets a new six-digit PIN</source>
        <translation>Erhält eine neue sechsstellige PIN</translation>
    </message>
    <message>
        <source>A lock is already pending</source>
        <translation>Eine Sperre steht bereits aus</translation>
    </message>
    <message>
        <source>For example: This device belongs to Example Ltd. Please call the number below.</source>
        <translation>Zum Beispiel: Dieses Gerät gehört der Beispiel GmbH. Bitte rufen Sie die unten stehende Nummer an.</translation>
    </message>
    <message>
        <source>For example: +1 555 0100</source>
        <translation>Zum Beispiel: +1 555 0100</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Telefonnummer:</translation>
    </message>
    <message>
        <source>Each Mac gets its own six-digit PIN. Espalier shows it once the lock is queued and keeps it, with every earlier PIN, in the Mac's lock PIN history: the Mac opens only with it.</source>
        <translation>Jeder Mac erhält seine eigene sechsstellige PIN. Espalier zeigt sie an, sobald die Sperre in die Warteschlange gestellt ist, und bewahrt sie mit allen früheren PINs im Sperr-PIN-Verlauf des Mac auf: Nur mit ihr lässt sich der Mac entsperren.</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceLostModeDialog</name>
    <message numerus="yes">
        <source>Enable Lost Mode on %n Device(s)</source>
        <translation>
            <numerusform>Modus „Verloren“ auf %n Gerät aktivieren</numerusform>
            <numerusform>Modus „Verloren“ auf %n Geräten aktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost Mode locks the device and shows your message until you disable it. Once it is on, you can play a sound and ask for the device's location.</source>
        <translation>Der Modus „Verloren“ sperrt das Gerät und zeigt Ihre Nachricht an, bis Sie ihn deaktivieren. Sobald er aktiv ist, können Sie einen Ton abspielen und den Standort des Geräts abfragen.</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <translation>Nicht möglich: %1</translation>
    </message>
    <message>
        <source>Shown instead of “Slide to unlock”</source>
        <translation>Wird anstelle von „Zum Entsperren streichen“ angezeigt</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>&amp;Telefonnummer:</translation>
    </message>
    <message>
        <source>&amp;Footnote:</source>
        <translation>&amp;Fußnote:</translation>
    </message>
    <message>
        <source>Enable Lost Mode</source>
        <translation>Modus „Verloren“ aktivieren</translation>
    </message>
    <message>
        <source>Enter a message or a phone number first.</source>
        <translation>Geben Sie zuerst eine Nachricht oder eine Telefonnummer ein.</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceProfileListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Verwaltet</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Nicht gemeldet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceSmartGroupDialog</name>
    <message>
        <source>New Smart Group</source>
        <translation>Neue intelligente Gruppe</translation>
    </message>
    <message>
        <source>OS older than a version</source>
        <translation>Betriebssystem älter als eine bestimmte Version</translation>
    </message>
    <message>
        <source>Not seen for some days</source>
        <translation>Seit einigen Tagen nicht gesehen</translation>
    </message>
    <message>
        <source>Macs with FileVault off</source>
        <translation>Macs mit deaktiviertem FileVault</translation>
    </message>
    <message>
        <source>Any platform</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <source>For example 17.4</source>
        <translation>Zum Beispiel 17.4</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Regel:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Tage:</translation>
    </message>
    <message>
        <source>Shows: %1</source>
        <translation>Zeigt: %1</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceSummaryRepository</name>
    <message>
        <source>The devices could not be read.</source>
        <translation>Die Geräte konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Systemversion</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Letzter Check-in</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>Unbenanntes Gerät</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceTargetListWidget</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Letzter Check-in</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Unnamed device</source>
        <translation>Unbenanntes Gerät</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A device in a list: %1 is its name, %2 its serial number</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>• %1 — %2; user: %3; last check-in: %4; enrolled: %5</source>
        <extracomment>One device in a confirmation: %1 name and serial, %2 model, %3 user, %4 last check-in, %5 enrollment date</extracomment>
        <translation>• %1 — %2; Benutzer: %3; letzter Check-in: %4; registriert: %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>Espalier::DeviceWipeDialog</name>
    <message numerus="yes">
        <source>Wipe %n Device(s)</source>
        <translation>
            <numerusform>%n Gerät löschen</numerusform>
            <numerusform>%n Geräte löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Wiping erases all content and settings.&lt;/b&gt; It can't be undone, and a wiped device stops checking in until it is enrolled again. Check that these are the right devices: compare the user and the enrollment date with what you expect.</source>
        <translation>&lt;b&gt;Beim Löschen werden alle Inhalte und Einstellungen entfernt.&lt;/b&gt; Das kann nicht rückgängig gemacht werden, und ein gelöschtes Gerät meldet sich erst wieder (Check-in), wenn es erneut registriert wurde. Prüfen Sie, ob dies die richtigen Geräte sind: Vergleichen Sie Benutzer und Registrierungsdatum mit Ihren Erwartungen.</translation>
    </message>
    <message>
        <source>Can't be wiped: %1</source>
        <translation>Kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Gets a new six-digit PIN</source>
        <translation>Erhält eine neue sechsstellige PIN</translation>
    </message>
    <message>
        <source>A wipe is already pending</source>
        <translation>Ein Löschvorgang steht bereits aus</translation>
    </message>
    <message>
        <source>Keep the cellular data plan (iPhone and iPad)</source>
        <translation>Mobilfunktarif beibehalten (iPhone und iPad)</translation>
    </message>
    <message>
        <source>Don't allow Proximity Setup afterwards (iPhone and iPad)</source>
        <translation>Schnellstart danach nicht erlauben (iPhone und iPad)</translation>
    </message>
    <message>
        <source>Each Mac gets its own six-digit PIN, shown once the wipe is queued and kept in its lock PIN history. Someone may need it to set the Mac up again.</source>
        <translation>Jeder Mac erhält eine eigene sechsstellige PIN. Sie wird angezeigt, sobald das Löschen in der Warteschlange steht, und im Verlauf der Sperr-PINs des Mac aufbewahrt. Möglicherweise wird sie benötigt, um den Mac erneut einzurichten.</translation>
    </message>
    <message>
        <source>To confirm, type the device's name: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Geben Sie zur Bestätigung den Namen des Geräts ein: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>To confirm, type the number of devices to wipe: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der zu löschenden Geräte ein: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Espalier::DevicesPage</name>
    <message>
        <source>No devices yet</source>
        <translation>Noch keine Geräte</translation>
    </message>
    <message>
        <source>Enrolled iPhones, iPads and Macs will appear here with their inventory. Enrolling a device needs the server, its certificates and an Apple push certificate, which this version of Espalier cannot set up yet.</source>
        <translation>Registrierte iPhones, iPads und Macs erscheinen hier mit ihrem Inventar. Für die Registrierung eines Geräts braucht es den Server, seine Zertifikate und ein Apple-Push-Zertifikat, die diese Version von Espalier noch nicht einrichten kann.</translation>
    </message>
    <message numerus="yes">
        <source>%1: queued for %n of %2 device(s).</source>
        <translation>
            <numerusform>%1: für %n von %2 Geräten in die Warteschlange gestellt.</numerusform>
            <numerusform>%1: für %n von %2 Geräten in die Warteschlange gestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Passcode needs the unlock token a device sends when it enrolls; %1 never sent one.</source>
        <translation>„Code löschen“ benötigt das Unlock-Token, das ein Gerät bei der Registrierung sendet; %1 hat nie eines gesendet.</translation>
    </message>
    <message>
        <source>Removes the passcode of the selected iPhones and iPads, so their users can set a new one.</source>
        <translation>Entfernt den Code der ausgewählten iPhones und iPads, damit deren Benutzer einen neuen festlegen können.</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n Gerät</numerusform>
            <numerusform>%n Geräte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n device(s)</source>
        <translation>
            <numerusform>%1 von %n Gerät</numerusform>
            <numerusform>%1 von %n Geräten</numerusform>
        </translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Alle Geräte</translation>
    </message>
    <message>
        <source>Lost Mode</source>
        <translation>Modus „Verloren“</translation>
    </message>
    <message>
        <source>Export Devices</source>
        <translation>Geräte exportieren</translation>
    </message>
    <message>
        <source>devices.csv</source>
        <translation>devices.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Export the Devices</source>
        <translation>Geräte können nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n device(s) to %1.</source>
        <translation>
            <numerusform>%n Gerät nach %1 exportiert.</numerusform>
            <numerusform>%n Geräte nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, serial number, UDID, user or model (Ctrl+F)</source>
        <translation>Name, Seriennummer, UDID, Benutzer oder Modell suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation>Geräte durchsuchen</translation>
    </message>
    <message>
        <source>Smart groups: saved searches</source>
        <translation>Intelligente Gruppen: gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Smart Groups</source>
        <translation>Intelligente Gruppen</translation>
    </message>
    <message>
        <source>New Smart Group…</source>
        <translation>Neue intelligente Gruppe…</translation>
    </message>
    <message>
        <source>Remove This Smart Group</source>
        <translation>Diese intelligente Gruppe entfernen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Saves the devices shown, with the columns shown, as a CSV file.</source>
        <translation>Speichert die angezeigten Geräte mit den angezeigten Spalten als CSV-Datei.</translation>
    </message>
    <message>
        <source>Find Device</source>
        <translation>Gerät suchen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Shows the selected device's detail (Enter).</source>
        <translation>Zeigt die Details des ausgewählten Geräts (Eingabetaste).</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
</context>
<context>
    <name>Espalier::DisableLostModeCommand</name>
    <message>
        <source>Disable Lost Mode</source>
        <translation>Modus „Verloren“ deaktivieren</translation>
    </message>
    <message>
        <source>Lost Mode needs a supervised iPhone or iPad.</source>
        <translation>Der Modus „Verloren“ erfordert ein betreutes iPhone oder iPad.</translation>
    </message>
</context>
<context>
    <name>Espalier::EnableLostModeCommand</name>
    <message>
        <source>Enable Lost Mode</source>
        <translation>Modus „Verloren“ aktivieren</translation>
    </message>
    <message>
        <source>Lost Mode needs a supervised iPhone or iPad.</source>
        <translation>Der Modus „Verloren“ erfordert ein betreutes iPhone oder iPad.</translation>
    </message>
    <message>
        <source>Lost Mode needs a message or a phone number to show on the Lock Screen.</source>
        <translation>Der Modus „Verloren“ braucht eine Nachricht oder eine Telefonnummer, die auf dem Sperrbildschirm angezeigt wird.</translation>
    </message>
    <message>
        <source>The Lost Mode message</source>
        <translation>Die Nachricht für den Modus „Verloren“</translation>
    </message>
    <message>
        <source>The Lost Mode phone number</source>
        <translation>Die Telefonnummer für den Modus „Verloren“</translation>
    </message>
    <message>
        <source>The Lost Mode footnote</source>
        <translation>Die Fußnote für den Modus „Verloren“</translation>
    </message>
</context>
<context>
    <name>Espalier::Engine</name>
    <message>
        <source>Engine stopped</source>
        <translation>Engine gestoppt</translation>
    </message>
    <message>
        <source>Engine starting…</source>
        <translation>Engine wird gestartet …</translation>
    </message>
    <message>
        <source>Engine running</source>
        <translation>Engine läuft</translation>
    </message>
    <message>
        <source>Engine stopping…</source>
        <translation>Engine wird gestoppt …</translation>
    </message>
    <message>
        <source>Engine failed</source>
        <translation>Engine-Fehler</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1. Check that it is writable.</source>
        <translation>Der Datenordner %1 kann nicht erstellt werden. Prüfen Sie, ob Schreibzugriff besteht.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Serving devices at %1 (port %2); store: %3</source>
        <translation>Für Geräte erreichbar unter %1 (Port %2); Datenbank: %3</translation>
    </message>
    <message>
        <source>The engine is not serving devices yet.</source>
        <translation>Die Engine ist für Geräte noch nicht erreichbar.</translation>
    </message>
    <message>
        <source>No push certificate yet: devices fetch their commands only when they check in by themselves.</source>
        <translation>Noch kein Push-Zertifikat: Geräte holen ihre Befehle nur ab, wenn sie sich von selbst melden (Check-in).</translation>
    </message>
    <message>
        <source>Pushing with the certificate for %1</source>
        <translation>Pushes werden mit dem Zertifikat für %1 gesendet</translation>
    </message>
    <message>
        <source>There is no push certificate yet. Create one under Certificates.</source>
        <translation>Es gibt noch kein Push-Zertifikat. Erstellen Sie eines unter „Zertifikate“.</translation>
    </message>
    <message>
        <source>The engine must be running to make a backup.</source>
        <translation>Für eine Sicherung muss die Engine laufen.</translation>
    </message>
</context>
<context>
    <name>Espalier::EngineConfig</name>
    <message>
        <source>Cannot read the configuration file %1.</source>
        <translation>Die Konfigurationsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>Die Konfigurationsdatei %1 ist keine gültige INI-Datei.</translation>
    </message>
    <message>
        <source>Unknown setting %1 in %2.</source>
        <translation>Unbekannte Einstellung %1 in %2.</translation>
    </message>
    <message>
        <source>%1 in %2 must be a port number from 0 to 65535.</source>
        <translation>%1 in %2 muss eine Portnummer von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <source>%1 does not say where the database is (store/database).</source>
        <translation>%1 gibt nicht an, wo die Datenbank liegt (store/database).</translation>
    </message>
    <message>
        <source>server/listen in %1 is not an IP address: %2</source>
        <translation>server/listen in %1 ist keine IP-Adresse: %2</translation>
    </message>
    <message>
        <source>server/public_url in %1 must be an https:// address devices can reach.</source>
        <translation>server/public_url in %1 muss eine https://-Adresse sein, die Geräte erreichen können.</translation>
    </message>
    <message>
        <source>push/environment in %1 must be production or sandbox.</source>
        <translation>push/environment in %1 muss production oder sandbox sein.</translation>
    </message>
    <message>
        <source>push/ca_file in %1 must name a PEM file of certificates: %2</source>
        <translation>push/ca_file in %1 muss eine PEM-Datei mit Zertifikaten angeben: %2</translation>
    </message>
    <message>
        <source>%1 in %2 must be a number of minutes from %3 to %4.</source>
        <translation>%1 in %2 muss eine Anzahl von Minuten zwischen %3 und %4 sein.</translation>
    </message>
</context>
<context>
    <name>Espalier::EngineStateIndicator</name>
    <message>
        <source>%1 — %2</source>
        <comment>engine state, then what it serves or why it failed</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Espalier::EnrollmentLinkService</name>
    <message>
        <source>An enrollment link needs to record who created it.</source>
        <translation>Ein Registrierungslink muss festhalten, wer ihn erstellt hat.</translation>
    </message>
    <message numerus="yes">
        <source>The label may have at most %n characters.</source>
        <translation>
            <numerusform>Die Bezeichnung darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Die Bezeichnung darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The expiry date of an enrollment link must lie in the future.</source>
        <translation>Das Ablaufdatum eines Registrierungslinks muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>An enrollment link can be used 1 to %1 times.</source>
        <translation>Ein Registrierungslink kann 1- bis %1-mal verwendet werden.</translation>
    </message>
    <message>
        <source>This enrollment link does not exist.</source>
        <translation>Diesen Registrierungslink gibt es nicht.</translation>
    </message>
    <message>
        <source>This enrollment link was revoked on %1.</source>
        <translation>Dieser Registrierungslink wurde am %1 widerrufen.</translation>
    </message>
    <message>
        <source>This enrollment link expired on %1.</source>
        <translation>Dieser Registrierungslink ist am %1 abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>This enrollment link has been used %n time(s), which is its limit.</source>
        <translation>
            <numerusform>Dieser Registrierungslink wurde bereits %n-mal verwendet und hat damit sein Limit erreicht.</numerusform>
            <numerusform>Dieser Registrierungslink wurde bereits %n-mal verwendet und hat damit sein Limit erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate request carries no challenge password.</source>
        <translation>Die Zertifikatsanforderung enthält kein Challenge-Passwort.</translation>
    </message>
    <message>
        <source>The challenge password is not valid, or has been used already.</source>
        <translation>Das Challenge-Passwort ist ungültig oder wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>The enrollment link does not exist.</source>
        <translation>Den Registrierungslink gibt es nicht.</translation>
    </message>
    <message>
        <source>The enrollment profile is too old: its challenge expired on %1. Download the profile again.</source>
        <translation>Das Registrierungsprofil ist zu alt: Seine Challenge ist am %1 abgelaufen. Laden Sie das Profil erneut herunter.</translation>
    </message>
</context>
<context>
    <name>Espalier::EnrollmentLinkTableModel</name>
    <message>
        <source>(no label)</source>
        <translation>(ohne Bezeichnung)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Verwendungen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Aufgebraucht</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (unbegrenzt)</translation>
    </message>
</context>
<context>
    <name>Espalier::EnrollmentPage</name>
    <message>
        <source>No enrollment links yet</source>
        <translation>Noch keine Registrierungslinks</translation>
    </message>
    <message>
        <source>Create a link above and open it on the iPhone, iPad or Mac to enroll, or show its QR code to the device's camera. Give each user a link of their own to see who enrolled what.</source>
        <translation>Erstellen Sie oben einen Link und öffnen Sie ihn zur Registrierung auf dem iPhone, iPad oder Mac, oder halten Sie seinen QR-Code vor die Kamera des Geräts. Geben Sie jedem Benutzer einen eigenen Link, um zu sehen, wer was registriert hat.</translation>
    </message>
    <message>
        <source>New enrollment link</source>
        <translation>Neuer Registrierungslink</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>For example the user's name</source>
        <translation>Zum Beispiel der Name des Benutzers</translation>
    </message>
    <message>
        <source>&amp;Expires</source>
        <translation>&amp;Läuft ab</translation>
    </message>
    <message>
        <source>Limit &amp;uses to</source>
        <translation>&amp;Verwendungen begrenzen auf</translation>
    </message>
    <message>
        <source>&amp;Create Link</source>
        <translation>Link &amp;erstellen</translation>
    </message>
    <message>
        <source>Make a new enrollment link (%1)</source>
        <translation>Neuen Registrierungslink erstellen (%1)</translation>
    </message>
    <message>
        <source>Enrollment &amp;URL:</source>
        <translation>Registrierungs-&amp;URL:</translation>
    </message>
    <message>
        <source>Co&amp;py URL</source>
        <translation>URL &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Senden…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Devices enrolled through this link</source>
        <translation>Über diesen Link registrierte Geräte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Cannot Create Link</source>
        <translation>Link kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>No link selected</source>
        <translation>Kein Link ausgewählt</translation>
    </message>
    <message>
        <source>Select a link to see its URL and the devices that enrolled through it.</source>
        <translation>Wählen Sie einen Link aus, um seine URL und die darüber registrierten Geräte zu sehen.</translation>
    </message>
    <message>
        <source>Enrollment link without a label</source>
        <translation>Registrierungslink ohne Bezeichnung</translation>
    </message>
    <message>
        <source>%1 · used %2 · created %3 by %4</source>
        <translation>%1 · %2 verwendet · erstellt am %3 von %4</translation>
    </message>
    <message>
        <source>Revoked on %1; its URL no longer works.</source>
        <translation>Am %1 widerrufen; die URL funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Läuft am %1 ab.</translation>
    </message>
    <message>
        <source>The URL of a link is shown only when it is created, because only a fingerprint of its secret is stored. Create a new link if you need the URL again.</source>
        <translation>Die URL eines Links wird nur beim Erstellen angezeigt, da nur ein Fingerabdruck seines Geheimnisses gespeichert wird. Erstellen Sie einen neuen Link, wenn Sie die URL erneut benötigen.</translation>
    </message>
    <message>
        <source>This URL no longer enrolls devices.</source>
        <translation>Über diese URL können keine Geräte mehr registriert werden.</translation>
    </message>
    <message>
        <source>QR code of the enrollment URL</source>
        <translation>QR-Code der Registrierungs-URL</translation>
    </message>
    <message>
        <source>Waiting for inventory (%1)</source>
        <translation>Wartet auf Inventar (%1)</translation>
    </message>
    <message>
        <source>Removed from management on %1</source>
        <translation>Am %1 aus der Verwaltung entfernt</translation>
    </message>
    <message>
        <source>The URL is on the clipboard.</source>
        <translation>Die URL befindet sich in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Open this link on the device you want to enroll, then install the profile it downloads:

%1
</source>
        <translation>Öffnen Sie diesen Link auf dem Gerät, das Sie registrieren möchten, und installieren Sie dann das heruntergeladene Profil:

%1
</translation>
    </message>
    <message>
        <source>The link works until %1.</source>
        <translation>Der Link funktioniert bis %1.</translation>
    </message>
    <message>
        <source>Enroll your device</source>
        <translation>Registrieren Sie Ihr Gerät</translation>
    </message>
    <message>
        <source>Cannot Send Link</source>
        <translation>Link kann nicht gesendet werden</translation>
    </message>
    <message>
        <source>No mail program opened the message. Copy the URL and send it another way.</source>
        <translation>Kein E-Mail-Programm hat die Nachricht geöffnet. Kopieren Sie die URL und senden Sie sie auf anderem Weg.</translation>
    </message>
    <message>
        <source>this enrollment link</source>
        <translation>diesen Registrierungslink</translation>
    </message>
    <message>
        <source>the enrollment link “%1”</source>
        <translation>den Registrierungslink „%1“</translation>
    </message>
    <message>
        <source>Revoke Link</source>
        <translation>Link widerrufen</translation>
    </message>
    <message>
        <source>Revoke %1? Its URL stops working at once, and devices that downloaded the profile but have not finished enrolling cannot finish. Devices already enrolled stay enrolled.</source>
        <translation>Möchten Sie %1 widerrufen? Die URL funktioniert dann sofort nicht mehr, und Geräte, die das Profil heruntergeladen, die Registrierung aber noch nicht abgeschlossen haben, können sie nicht mehr abschließen. Bereits registrierte Geräte bleiben registriert.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Cannot Revoke Link</source>
        <translation>Link kann nicht widerrufen werden</translation>
    </message>
</context>
<context>
    <name>Espalier::EnrollmentProfileBuilder</name>
    <message>
        <source>The profile identifier must be reverse-DNS, such as com.example.mdm.enrollment.</source>
        <translation>Die Profilkennung muss im Reverse-DNS-Format angegeben werden, etwa com.example.mdm.enrollment.</translation>
    </message>
    <message>
        <source>The MDM server URL must be an https:// URL.</source>
        <translation>Die URL des MDM-Servers muss eine https://-URL sein.</translation>
    </message>
    <message>
        <source>The check-in URL must be an https:// URL.</source>
        <translation>Die Check-in-URL muss eine https://-URL sein.</translation>
    </message>
    <message>
        <source>The SCEP URL must be an http:// or https:// URL.</source>
        <translation>Die SCEP-URL muss eine http://- oder https://-URL sein.</translation>
    </message>
    <message>
        <source>The push topic must start with com.apple.mgmt.; it comes from the push certificate.</source>
        <translation>Das Push-Topic muss mit com.apple.mgmt. beginnen; es stammt aus dem Push-Zertifikat.</translation>
    </message>
    <message>
        <source>The access rights are not a valid combination.</source>
        <translation>Die Zugriffsrechte ergeben keine gültige Kombination.</translation>
    </message>
    <message>
        <source>"%1" is not a server capability, or is listed twice.</source>
        <translation>„%1“ ist keine Serverfähigkeit oder ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The device identity needs a common name.</source>
        <translation>Die Geräteidentität braucht einen allgemeinen Namen (CN).</translation>
    </message>
    <message>
        <source>The enrollment profile needs the CA certificate.</source>
        <translation>Das Registrierungsprofil braucht das CA-Zertifikat.</translation>
    </message>
    <message>
        <source>The key does not belong to the profile signing certificate.</source>
        <translation>Der Schlüssel gehört nicht zum Zertifikat, mit dem das Profil signiert wird.</translation>
    </message>
    <message>
        <source>The enrollment profile needs the link's SCEP challenge.</source>
        <translation>Das Registrierungsprofil braucht die SCEP-Challenge des Links.</translation>
    </message>
    <message>
        <source>Device identity</source>
        <translation>Geräteidentität</translation>
    </message>
    <message>
        <source>Device management</source>
        <translation>Geräteverwaltung</translation>
    </message>
</context>
<context>
    <name>Espalier::EnrollmentRepository</name>
    <message>
        <source>The enrollment %1 is stored in an unknown form.</source>
        <translation>Die Registrierung %1 ist in einer unbekannten Form gespeichert.</translation>
    </message>
</context>
<context>
    <name>Espalier::EraseDeviceCommand</name>
    <message>
        <source>Erase Device</source>
        <translation>Gerät löschen</translation>
    </message>
    <message>
        <source>macOS needs a six-digit PIN to erase this Mac.</source>
        <translation>macOS braucht eine sechsstellige PIN, um diesen Mac zu löschen.</translation>
    </message>
    <message>
        <source>The Find My PIN</source>
        <translation>Die PIN für „Wo ist?“</translation>
    </message>
    <message>
        <source>The PIN must be exactly six digits.</source>
        <translation>Die PIN muss aus genau sechs Ziffern bestehen.</translation>
    </message>
    <message>
        <source>Preserve Data Plan</source>
        <translation>Das Beibehalten des Datentarifs</translation>
    </message>
    <message>
        <source>Choosing what happens when Erase All Content and Settings can't run</source>
        <translation>Das Festlegen des Ausweichverhaltens für „Alle Inhalte &amp; Einstellungen löschen“</translation>
    </message>
    <message>
        <source>Disallow Proximity Setup</source>
        <translation>Das Unterbinden des Schnellstarts (Proximity Setup)</translation>
    </message>
    <message>
        <source>Before iOS 14, Disallow Proximity Setup can't be combined with other options. Send it on its own, or update the device first.</source>
        <translation>Vor iOS 14 lässt sich das Unterbinden des Schnellstarts (Proximity Setup) nicht mit anderen Optionen kombinieren. Senden Sie diese Option allein oder aktualisieren Sie zuerst das Gerät.</translation>
    </message>
</context>
<context>
    <name>Espalier::ErrorPresenter</name>
    <message>
        <source>Something went wrong. The details have been written to the log.</source>
        <translation>Ein Fehler ist aufgetreten. Die technischen Details wurden protokolliert.</translation>
    </message>
</context>
<context>
    <name>Espalier::HttpRequest</name>
    <message>
        <source>The request target is not a valid path.</source>
        <translation>Das Ziel der Anfrage ist kein gültiger Pfad.</translation>
    </message>
</context>
<context>
    <name>Espalier::HttpServer</name>
    <message>
        <source>The server is already listening.</source>
        <translation>Der Server nimmt bereits Verbindungen an.</translation>
    </message>
    <message>
        <source>TLS is not available.</source>
        <translation>TLS ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The server has no TLS certificate or key.</source>
        <translation>Dem Server fehlt ein TLS-Zertifikat oder der zugehörige Schlüssel.</translation>
    </message>
    <message>
        <source>Plain HTTP is only served on a loopback address.</source>
        <translation>Unverschlüsseltes HTTP wird nur auf einer Loopback-Adresse angeboten.</translation>
    </message>
    <message>
        <source>Could not listen on %1 port %2.</source>
        <translation>Auf %1, Port %2 können keine Verbindungen angenommen werden.</translation>
    </message>
</context>
<context>
    <name>Espalier::InstallProfileCommand</name>
    <message>
        <source>This file isn't a configuration profile. Choose a .mobileconfig file.</source>
        <translation>Diese Datei ist kein Konfigurationsprofil. Wählen Sie eine .mobileconfig-Datei aus.</translation>
    </message>
    <message>
        <source>Install Profile</source>
        <translation>Profil installieren</translation>
    </message>
    <message>
        <source>The profile is empty. Choose a .mobileconfig file.</source>
        <translation>Das Profil ist leer. Wählen Sie eine .mobileconfig-Datei aus.</translation>
    </message>
    <message>
        <source>The profile is larger than %1 MiB, too large to send to a device.</source>
        <translation>Das Profil ist größer als %1 MiB und damit zu groß, um es an ein Gerät zu senden.</translation>
    </message>
</context>
<context>
    <name>Espalier::InstalledApplicationListCommand</name>
    <message>
        <source>Installed Application List</source>
        <translation>Liste der installierten Apps</translation>
    </message>
    <message>
        <source>Asking for particular apps</source>
        <translation>Das Abfragen bestimmter Apps</translation>
    </message>
    <message>
        <source>App identifiers can't be empty or have spaces around them.</source>
        <translation>App-Kennungen dürfen nicht leer sein und keine Leerzeichen am Anfang oder Ende haben.</translation>
    </message>
    <message>
        <source>An app identifier</source>
        <translation>Eine App-Kennung</translation>
    </message>
    <message>
        <source>Listing only managed apps</source>
        <translation>Das Auflisten nur verwalteter Apps</translation>
    </message>
    <message>
        <source>Choosing which app details to report</source>
        <translation>Die Auswahl der zu meldenden App-Details</translation>
    </message>
    <message>
        <source>“%1” isn't an app detail a device can report.</source>
        <translation>„%1“ ist kein App-Detail, das ein Gerät melden kann.</translation>
    </message>
</context>
<context>
    <name>Espalier::InventoryRepository</name>
    <message>
        <source>The inventory has an entry without an identifier.</source>
        <translation>Das Inventar enthält einen Eintrag ohne Kennung.</translation>
    </message>
</context>
<context>
    <name>Espalier::LockPinHistory</name>
    <message>
        <source>Choose a device to show its lock PINs.</source>
        <translation>Wählen Sie ein Gerät, um seine Sperr-PINs anzuzeigen.</translation>
    </message>
    <message>
        <source>This command's PIN cannot be opened with the current data key.</source>
        <translation>Die PIN dieses Befehls kann mit dem aktuellen Datenschlüssel nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>This command's stored request is damaged.</source>
        <translation>Die gespeicherte Anfrage dieses Befehls ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>Espalier::LockPinListModel</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sent with</source>
        <translation>Gesendet mit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Queued by</source>
        <translation>Eingereiht von</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>%1 — opens the Mac now</source>
        <translation>%1 — öffnet den Mac jetzt</translation>
    </message>
</context>
<context>
    <name>Espalier::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Dar&amp;stellung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Espalier</source>
        <translation>Über &amp;Espalier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Helpdesk mode</source>
        <translation>Helpdesk-Modus</translation>
    </message>
    <message>
        <source>Only lock, wipe, Lost Mode, restart and refresh are available. File › Leave Helpdesk Mode asks for the admin password.</source>
        <translation>Nur Sperren, Löschen, Modus „Verloren“, Neustart und Aktualisieren sind verfügbar. Datei › Helpdesk-Modus verlassen fragt nach dem Admin-Passwort.</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Registrierung</translation>
    </message>
</context>
<context>
    <name>Espalier::MdmService</name>
    <message>
        <source>The request was refused.</source>
        <translation>Die Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The message is not supported.</source>
        <translation>Die Nachricht wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Clear Passcode needs the unlock token the device sends at enrollment; this device never sent one.</source>
        <translation>„Code löschen“ benötigt das Unlock-Token, das das Gerät bei der Registrierung sendet; dieses Gerät hat nie eines gesendet.</translation>
    </message>
</context>
<context>
    <name>Espalier::MessageFields</name>
    <message>
        <source>The device sent a malformed message.</source>
        <translation>Das Gerät hat eine fehlerhafte Nachricht gesendet.</translation>
    </message>
</context>
<context>
    <name>Espalier::OpenSsl</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Die Kryptografie-Bibliothek konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>Espalier::PayloadForm</name>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Certificate (%1): %2, issued by %3, valid until %4</source>
        <translation>Zertifikat (%1): %2, ausgestellt von %3, gültig bis %4</translation>
    </message>
    <message>
        <source>%1 of DER data (such as a PKCS #12 identity)</source>
        <translation>%1 an DER-Daten (etwa eine PKCS-#12-Identität)</translation>
    </message>
    <message>
        <source>%1 of data</source>
        <translation>%1 an Daten</translation>
    </message>
    <message>
        <source>Keys not in the schema (kept as they are)</source>
        <translation>Schlüssel außerhalb des Schemas (werden unverändert beibehalten)</translation>
    </message>
    <message>
        <source>Remove this key from the payload (not set)</source>
        <translation>Diesen Schlüssel aus der Payload entfernen (nicht festgelegt)</translation>
    </message>
    <message>
        <source>Supervised: %1</source>
        <translation>Betreut: %1</translation>
    </message>
    <message>
        <source>Takes effect only on supervised devices there.</source>
        <translation>Wirkt dort nur auf betreuten Geräten.</translation>
    </message>
    <message>
        <source>Deprecated: %1</source>
        <translation>Veraltet: %1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Not set (default: %1)</source>
        <translation>Nicht festgelegt (Standard: %1)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation>%1 (nicht zulässig)</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Choose the file for %1</source>
        <translation>Datei für %1 auswählen</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MB; choose a smaller file.</source>
        <translation>%1 ist größer als 16 MB; wählen Sie eine kleinere Datei aus.</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Element %1</translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation>Dieses Element entfernen</translation>
    </message>
    <message>
        <source>Add Item</source>
        <translation>Element hinzufügen</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Hinzufügen:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Espalier::PayloadSchemaLoader</name>
    <message>
        <source>The payload schema %1 cannot be read. Fix or remove the file.</source>
        <translation>Das Payload-Schema %1 kann nicht gelesen werden. Korrigieren oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>The payload schema %1 cannot be opened: %2</source>
        <translation>Das Payload-Schema %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The payload schema %1 is too large to be a schema.</source>
        <translation>Das Payload-Schema %1 ist zu groß für ein Schema.</translation>
    </message>
</context>
<context>
    <name>Espalier::PayloadSchemaRegistry</name>
    <message>
        <source>The schema folder %1 does not exist.</source>
        <translation>Der Schemaordner %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>Espalier::Pkcs12</name>
    <message>
        <source>The password is wrong.</source>
        <translation>Das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The file is protected with an algorithm this system cannot read.</source>
        <translation>Die Datei ist mit einem Verfahren geschützt, das dieses System nicht lesen kann.</translation>
    </message>
    <message>
        <source>A key and its certificate are needed.</source>
        <translation>Ein Schlüssel und sein Zertifikat werden benötigt.</translation>
    </message>
    <message>
        <source>The key does not belong to the certificate.</source>
        <translation>Der Schlüssel gehört nicht zum Zertifikat.</translation>
    </message>
    <message>
        <source>Choose a password to protect the file.</source>
        <translation>Wählen Sie ein Passwort, um die Datei zu schützen.</translation>
    </message>
    <message>
        <source>The file could not be created.</source>
        <translation>Die Datei konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The file is not a PKCS #12 file, or it is damaged.</source>
        <translation>Die Datei ist keine PKCS-#12-Datei oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The file holds no private key.</source>
        <translation>Die Datei enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The file holds no certificate for its key.</source>
        <translation>Die Datei enthält kein Zertifikat zu ihrem Schlüssel.</translation>
    </message>
    <message>
        <source>The key and the certificate in the file do not belong together.</source>
        <translation>Schlüssel und Zertifikat in der Datei gehören nicht zusammen.</translation>
    </message>
</context>
<context>
    <name>Espalier::Pkcs12ExportDialog</name>
    <message>
        <source>Export with Private Key</source>
        <translation>Mit privatem Schlüssel exportieren</translation>
    </message>
    <message>
        <source>The file %1 will hold %2 with its private key. Whoever has the file and its password can act as this server, so keep the password apart from the file.</source>
        <translation>Die Datei %1 wird %2 mit dem zugehörigen privaten Schlüssel enthalten. Wer die Datei und ihr Passwort besitzt, kann sich als dieser Server ausgeben. Bewahren Sie das Passwort daher getrennt von der Datei auf.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen.</numerusform>
            <numerusform>Mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>Espalier::PkiStore</name>
    <message>
        <source>A certificate authority exists already; devices hold identities from it.</source>
        <translation>Es gibt bereits eine Zertifizierungsstelle; Geräte besitzen von ihr ausgestellte Identitäten.</translation>
    </message>
    <message>
        <source>The stored certificate authority is damaged.</source>
        <translation>Die gespeicherte Zertifizierungsstelle ist beschädigt.</translation>
    </message>
    <message>
        <source>The key of the certificate authority is not in the keychain: %1</source>
        <translation>Der Schlüssel der Zertifizierungsstelle ist nicht im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>The key of the certificate authority in the keychain is damaged.</source>
        <translation>Der Schlüssel der Zertifizierungsstelle im Schlüsselbund ist beschädigt.</translation>
    </message>
    <message>
        <source>The private key does not belong to the server certificate.</source>
        <translation>Der private Schlüssel gehört nicht zum Serverzertifikat.</translation>
    </message>
    <message>
        <source>The stored server certificate is damaged.</source>
        <translation>Das gespeicherte Serverzertifikat ist beschädigt.</translation>
    </message>
    <message>
        <source>The key of the server certificate is not in the keychain: %1</source>
        <translation>Der Schlüssel des Serverzertifikats ist nicht im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>The key of the server certificate in the keychain is damaged.</source>
        <translation>Der Schlüssel des Serverzertifikats im Schlüsselbund ist beschädigt.</translation>
    </message>
    <message>
        <source>No certificate authority has been set up.</source>
        <translation>Es wurde keine Zertifizierungsstelle eingerichtet.</translation>
    </message>
    <message>
        <source>No server certificate has been set up.</source>
        <translation>Es wurde kein Serverzertifikat eingerichtet.</translation>
    </message>
    <message>
        <source>The stored certificate has no key.</source>
        <translation>Zum gespeicherten Zertifikat gibt es keinen Schlüssel.</translation>
    </message>
    <message>
        <source>There is no certificate authority.</source>
        <translation>Es gibt keine Zertifizierungsstelle.</translation>
    </message>
</context>
<context>
    <name>Espalier::PlayLostModeSoundCommand</name>
    <message>
        <source>Play Lost Mode Sound</source>
        <translation>Ton im Modus „Verloren“ abspielen</translation>
    </message>
    <message>
        <source>Playing a sound needs a supervised iPhone or iPad in Lost Mode.</source>
        <translation>Zum Abspielen eines Tons ist ein betreutes iPhone oder iPad im Modus „Verloren“ erforderlich.</translation>
    </message>
</context>
<context>
    <name>Espalier::Plist</name>
    <message>
        <source>The property list is malformed.</source>
        <translation>Die Eigenschaftsliste ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The data is not a property list.</source>
        <translation>Die Daten sind keine Eigenschaftsliste.</translation>
    </message>
    <message>
        <source>The property list is too large.</source>
        <translation>Die Eigenschaftsliste ist zu groß.</translation>
    </message>
    <message>
        <source>The property list is nested too deeply.</source>
        <translation>Die Eigenschaftsliste ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>The property list has too many elements.</source>
        <translation>Die Eigenschaftsliste hat zu viele Elemente.</translation>
    </message>
    <message>
        <source>The value has a type a property list cannot hold.</source>
        <translation>Der Wert hat einen Typ, den eine Eigenschaftsliste nicht aufnehmen kann.</translation>
    </message>
    <message>
        <source>The value cannot be stored in a property list.</source>
        <translation>Der Wert kann nicht in einer Eigenschaftsliste gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Espalier::PrivateKey</name>
    <message>
        <source>The private key is protected by a passphrase.</source>
        <translation>Der private Schlüssel ist mit einer Passphrase geschützt.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>Die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>The private key could not be read.</source>
        <translation>Der private Schlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The key could not be generated.</source>
        <translation>Der Schlüssel konnte nicht erzeugt werden.</translation>
    </message>
    <message>
        <source>RSA keys must have 2048, 3072 or 4096 bits.</source>
        <translation>RSA-Schlüssel müssen 2048, 3072 oder 4096 Bit lang sein.</translation>
    </message>
    <message>
        <source>There is no private key.</source>
        <translation>Es gibt keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>The private key could not be written.</source>
        <translation>Der private Schlüssel konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The data is too large to sign.</source>
        <translation>Die Daten sind zu groß zum Signieren.</translation>
    </message>
    <message>
        <source>The data could not be signed.</source>
        <translation>Die Daten konnten nicht signiert werden.</translation>
    </message>
</context>
<context>
    <name>Espalier::ProfileAssignmentModel</name>
    <message>
        <source>Removal pending</source>
        <translation>Entfernen ausstehend</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Removal failed</source>
        <translation>Entfernen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Drifted</source>
        <translation>Abgewichen</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>Espalier::ProfileDeployment</name>
    <message>
        <source>The profile cannot be saved until this is fixed: %1: %2</source>
        <translation>Das Profil kann erst gespeichert werden, wenn dies behoben ist: %1: %2</translation>
    </message>
    <message>
        <source>The server has no identity to sign profiles with yet.</source>
        <translation>Der Server hat noch keine Identität, mit der er Profile signieren kann.</translation>
    </message>
    <message>
        <source>The profile was deleted in the meantime.</source>
        <translation>Das Profil wurde in der Zwischenzeit gelöscht.</translation>
    </message>
</context>
<context>
    <name>Espalier::ProfileDevicesDialog</name>
    <message>
        <source>Install “%1”</source>
        <translation>„%1“ installieren</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Choose the devices to install the profile on. A device that has it already gets the current version.</source>
        <translation>Wählen Sie die Geräte aus, auf denen das Profil installiert werden soll. Ein Gerät, auf dem es bereits installiert ist, erhält die aktuelle Version.</translation>
    </message>
    <message>
        <source>Choose the devices to remove the profile from.</source>
        <translation>Wählen Sie die Geräte aus, von denen das Profil entfernt werden soll.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>This profile</source>
        <translation>Dieses Profil</translation>
    </message>
    <message>
        <source>Sign with the server's identity</source>
        <translation>Mit der Identität des Servers signieren</translation>
    </message>
    <message>
        <source>Devices show a signed profile as verified when they trust the server's certificate.</source>
        <translation>Geräte zeigen ein signiertes Profil als überprüft an, wenn sie dem Zertifikat des Servers vertrauen.</translation>
    </message>
    <message>
        <source>Install…</source>
        <translation>Installieren…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
</context>
<context>
    <name>Espalier::ProfileEditor</name>
    <message>
        <source>Change payloads</source>
        <translation>Payloads ändern</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add Payload</source>
        <translation>Payload hinzufügen</translation>
    </message>
    <message>
        <source>Add a payload of the chosen type</source>
        <translation>Eine Payload des gewählten Typs hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected payload (Undo brings it back)</source>
        <translation>Die ausgewählte Payload entfernen (mit „Rückgängig“ wiederherstellbar)</translation>
    </message>
    <message>
        <source>Move the selected payload up</source>
        <translation>Die ausgewählte Payload nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected payload down</source>
        <translation>Die ausgewählte Payload nach unten verschieben</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Anzeigename:</translation>
    </message>
    <message>
        <source>Identifier *:</source>
        <translation>Kennung *:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Scope (macOS):</source>
        <translation>Geltungsbereich (macOS):</translation>
    </message>
    <message>
        <source>Target device:</source>
        <translation>Zielgerät:</translation>
    </message>
    <message>
        <source>Removal:</source>
        <translation>Entfernen:</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>Shown on the device</source>
        <translation>Wird auf dem Gerät angezeigt</translation>
    </message>
    <message>
        <source>com.example.profile</source>
        <translation>com.example.profile</translation>
    </message>
    <message>
        <source>Prevent the user from removing the profile</source>
        <translation>Benutzer darf das Profil nicht entfernen</translation>
    </message>
    <message>
        <source>Partly checked: not set (the user may remove it). Needs supervision on iOS.</source>
        <translation>Teilweise markiert: nicht festgelegt (der Benutzer darf es entfernen). Erfordert unter iOS ein betreutes Gerät.</translation>
    </message>
    <message>
        <source>Other profile keys (kept as they are)</source>
        <translation>Weitere Profilschlüssel (unverändert beibehalten)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Any device</source>
        <translation>Beliebiges Gerät</translation>
    </message>
    <message>
        <source>iPhone or iPad</source>
        <translation>iPhone oder iPad</translation>
    </message>
    <message>
        <source>Apple Watch</source>
        <translation>Apple Watch</translation>
    </message>
    <message>
        <source>HomePod</source>
        <translation>HomePod</translation>
    </message>
    <message>
        <source>Apple TV</source>
        <translation>Apple TV</translation>
    </message>
    <message>
        <source>Mac</source>
        <translation>Mac</translation>
    </message>
    <message>
        <source>Apple Vision Pro</source>
        <translation>Apple Vision Pro</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>Profileinstellungen</translation>
    </message>
    <message>
        <source>Name, identifier, scope and removal of the whole profile</source>
        <translation>Name, Kennung, Geltungsbereich und Entfernen des gesamten Profils</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (not allowed)</source>
        <translation>%1 (nicht erlaubt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;No schema describes this payload type; its keys are shown as they are and kept unchanged.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Kein Schema beschreibt diesen Payload-Typ; seine Schlüssel werden unverändert angezeigt und beibehalten.</translation>
    </message>
    <message>
        <source>Payload without a type</source>
        <translation>Payload ohne Typ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile cannot be written as XML: %1</source>
        <translation>Das Profil kann nicht als XML geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Espalier::ProfileEditorDialog</name>
    <message>
        <source>Save as New Version</source>
        <translation>Als neue Version speichern</translation>
    </message>
    <message>
        <source>Fix this before saving: %1: %2</source>
        <translation>Beheben Sie dies vor dem Speichern: %1: %2</translation>
    </message>
</context>
<context>
    <name>Espalier::ProfileExportDialog</name>
    <message>
        <source>XML (readable, the usual format)</source>
        <translation>XML (lesbar, das übliche Format)</translation>
    </message>
    <message>
        <source>Binary property list</source>
        <translation>Binäre Eigenschaftsliste</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Export Profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <source>Don't sign</source>
        <translation>Nicht signieren</translation>
    </message>
    <message>
        <source>Sign with the server's identity</source>
        <translation>Mit der Identität des Servers signieren</translation>
    </message>
    <message>
        <source>Sign with an identity file (.p12)</source>
        <translation>Mit einer Identitätsdatei (.p12) signieren</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>Identity file:</source>
        <translation>Identitätsdatei:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Choose an Identity File</source>
        <translation>Identitätsdatei auswählen</translation>
    </message>
    <message>
        <source>Identity files (*.p12 *.pfx)</source>
        <translation>Identitätsdateien (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>Espalier::ProfileImportDialog</name>
    <message>
        <source>Signed by %1, but the profile was changed after it was signed: the signature does not match.</source>
        <translation>Signiert von %1, aber das Profil wurde nach dem Signieren verändert: Die Signatur stimmt nicht überein.</translation>
    </message>
    <message>
        <source>Signed, but the signature cannot be checked: the signer's certificate is missing.</source>
        <translation>Signiert, aber die Signatur kann nicht geprüft werden: Das Zertifikat des Unterzeichners fehlt.</translation>
    </message>
    <message>
        <source>Signed by %1. The signature is valid and the signer is trusted by this server's certificate authority.</source>
        <translation>Signiert von %1. Die Signatur ist gültig, und der Unterzeichner wird von der Zertifizierungsstelle dieses Servers als vertrauenswürdig eingestuft.</translation>
    </message>
    <message>
        <source>Signed by %1. The signature is valid and the signer is trusted by this computer.</source>
        <translation>Signiert von %1. Die Signatur ist gültig, und der Unterzeichner wird von diesem Computer als vertrauenswürdig eingestuft.</translation>
    </message>
    <message>
        <source>Signed by %1. The signature is valid, but the signer is not trusted: %2</source>
        <translation>Signiert von %1. Die Signatur ist gültig, aber der Unterzeichner ist nicht vertrauenswürdig: %2</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Kennung:</translation>
    </message>
    <message>
        <source>Payloads:</source>
        <translation>Payloads:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Binary property list</source>
        <translation>Binäre Eigenschaftsliste</translation>
    </message>
    <message>
        <source>XML property list</source>
        <translation>XML-Eigenschaftsliste</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Nicht signiert.</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) were found. Open the profile in the editor to fix them before it is added to the library.</source>
        <translation>
            <numerusform>%n Problem wurde gefunden. Öffnen Sie das Profil im Editor, um es zu beheben, bevor es zur Bibliothek hinzugefügt wird.</numerusform>
            <numerusform>%n Probleme wurden gefunden. Öffnen Sie das Profil im Editor, um sie zu beheben, bevor es zur Bibliothek hinzugefügt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be imported:</source>
        <translation>Die Datei kann nicht importiert werden:</translation>
    </message>
    <message>
        <source>Add to Library</source>
        <translation>Zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Edit First…</source>
        <translation>Zuerst bearbeiten…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Espalier::ProfileListCommand</name>
    <message>
        <source>Profile List</source>
        <translation>Profilliste</translation>
    </message>
    <message>
        <source>Listing only managed profiles</source>
        <translation>Das Auflisten nur verwalteter Profile</translation>
    </message>
</context>
<context>
    <name>Espalier::ProfileTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Payloads</source>
        <translation>Payloads</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Drifted</source>
        <translation>Abgewichen</translation>
    </message>
</context>
<context>
    <name>Espalier::ProfileTemplates</name>
    <message>
        <source>Lock screen message</source>
        <translation>Nachricht auf dem Sperrbildschirm</translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation>Wi-Fi-Netzwerk</translation>
    </message>
    <message>
        <source>Privacy access for a security agent</source>
        <translation>Datenschutzzugriff für einen Sicherheitsagenten</translation>
    </message>
    <message>
        <source>Kernel extensions of a vendor</source>
        <translation>Kernel-Erweiterungen eines Anbieters</translation>
    </message>
    <message>
        <source>FileVault with key escrow</source>
        <translation>FileVault mit Schlüsselhinterlegung</translation>
    </message>
    <message>
        <source>A message on the Mac login window, such as who to call if the Mac is found.</source>
        <translation>Eine Nachricht im Anmeldefenster des Mac, etwa wen man anrufen soll, wenn der Mac gefunden wird.</translation>
    </message>
    <message>
        <source>Joins a WPA2 or WPA3 personal network with its password.</source>
        <translation>Verbindet mit einem WPA2- oder WPA3-Personal-Netzwerk über dessen Passwort.</translation>
    </message>
    <message>
        <source>Gives an endpoint security agent Full Disk Access without asking the user.</source>
        <translation>Gewährt einem Endpoint-Security-Agenten vollen Festplattenzugriff, ohne den Benutzer zu fragen.</translation>
    </message>
    <message>
        <source>Lets every kernel extension signed by one developer team load.</source>
        <translation>Erlaubt das Laden aller Kernel-Erweiterungen, die von einem bestimmten Entwicklerteam signiert sind.</translation>
    </message>
    <message>
        <source>Turns FileVault on and sends the recovery key to this server, encrypted.</source>
        <translation>Aktiviert FileVault und sendet den Wiederherstellungsschlüssel verschlüsselt an diesen Server.</translation>
    </message>
    <message>
        <source>If found, please call +1 555 0100.</source>
        <translation>Falls gefunden, bitte +1 555 0100 anrufen.</translation>
    </message>
    <message>
        <source>Example IT department</source>
        <translation>Beispiel-IT-Abteilung</translation>
    </message>
    <message>
        <source>Login window message</source>
        <translation>Nachricht im Anmeldefenster</translation>
    </message>
    <message>
        <source>Wi-Fi: %1</source>
        <translation>Wi-Fi: %1</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Privacy access: %1</source>
        <translation>Datenschutzzugriff: %1</translation>
    </message>
    <message>
        <source>Privacy preferences</source>
        <translation>Datenschutzeinstellungen</translation>
    </message>
    <message>
        <source>Kernel extensions</source>
        <translation>Kernel-Erweiterungen</translation>
    </message>
    <message>
        <source>Kernel extension policy</source>
        <translation>Richtlinie für Kernel-Erweiterungen</translation>
    </message>
    <message>
        <source>FileVault</source>
        <translation>FileVault</translation>
    </message>
    <message>
        <source>Recovery key encryption certificate</source>
        <translation>Zertifikat zur Verschlüsselung des Wiederherstellungsschlüssels</translation>
    </message>
    <message>
        <source>Recovery key escrow</source>
        <translation>Hinterlegung des Wiederherstellungsschlüssels</translation>
    </message>
</context>
<context>
    <name>Espalier::ProfileValidator</name>
    <message>
        <source>an unsupported value</source>
        <translation>ein nicht unterstützter Wert</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a dictionary</source>
        <translation>ein Dictionary</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>ein beliebiger Wert</translation>
    </message>
    <message>
        <source>No schema describes %1; its keys are kept as they are.</source>
        <translation>Kein Schema beschreibt %1; die Schlüssel werden unverändert beibehalten.</translation>
    </message>
    <message>
        <source>The profile itself uses this UUID.</source>
        <translation>Das Profil selbst verwendet diese UUID.</translation>
    </message>
    <message>
        <source>Payload %1 uses the same UUID.</source>
        <translation>Payload %1 verwendet dieselbe UUID.</translation>
    </message>
    <message>
        <source>Payload %1 uses the same identifier.</source>
        <translation>Payload %1 verwendet dieselbe Kennung.</translation>
    </message>
</context>
<context>
    <name>Espalier::ProfileValidator::Checker</name>
    <message>
        <source>Required, but not set.</source>
        <translation>Erforderlich, aber nicht festgelegt.</translation>
    </message>
    <message>
        <source>Not in the schema; kept as it is.</source>
        <translation>Nicht im Schema; wird unverändert beibehalten.</translation>
    </message>
    <message>
        <source>Should be %1, but is %2.</source>
        <translation>Sollte %1 sein, ist aber %2.</translation>
    </message>
    <message>
        <source>Does not have the expected form (%1).</source>
        <translation>Hat nicht die erwartete Form (%1).</translation>
    </message>
    <message>
        <source>“%1” is not one of the allowed values: %2.</source>
        <translation>„%1“ ist keiner der zulässigen Werte: %2.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>Muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>Must be at least %1.</source>
        <translation>Muss mindestens %1 sein.</translation>
    </message>
    <message>
        <source>Must be at most %1.</source>
        <translation>Darf höchstens %1 sein.</translation>
    </message>
    <message>
        <source>Not available on %1.</source>
        <translation>Unter %1 nicht verfügbar.</translation>
    </message>
    <message>
        <source>Works only on supervised devices.</source>
        <translation>Funktioniert nur auf betreuten Geräten.</translation>
    </message>
</context>
<context>
    <name>Espalier::ProfilesPage</name>
    <message>
        <source>No configuration profiles yet</source>
        <translation>Noch keine Konfigurationsprofile</translation>
    </message>
    <message>
        <source>Create a profile from a template with New, or bring in a .mobileconfig file with Import.</source>
        <translation>Erstellen Sie mit „Neu“ ein Profil aus einer Vorlage oder übernehmen Sie mit „Importieren“ eine .mobileconfig-Datei.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>A new blank profile; the arrow offers templates (%1)</source>
        <translation>Ein neues leeres Profil; der Pfeil bietet Vorlagen an (%1)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Install on Devices…</source>
        <translation>Auf Geräten installieren…</translation>
    </message>
    <message>
        <source>Remove from Devices…</source>
        <translation>Von Geräten entfernen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Devices with “%1”</source>
        <translation>Geräte mit „%1“</translation>
    </message>
    <message>
        <source>Select a profile to see where it is installed.</source>
        <translation>Wählen Sie ein Profil aus, um zu sehen, wo es installiert ist.</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Loading payload schemas…</source>
        <translation>Payload-Schemas werden geladen…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Cannot Save the Profile</source>
        <translation>Profil kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved “%1” as version %2.</source>
        <translation>„%1“ wurde als Version %2 gespeichert.</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Cannot Open the Profile</source>
        <translation>Profil kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Import a Configuration Profile</source>
        <translation>Konfigurationsprofil importieren</translation>
    </message>
    <message>
        <source>Configuration profiles (*.mobileconfig *.plist);;All files (*)</source>
        <translation>Konfigurationsprofile (*.mobileconfig *.plist);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the profile…</source>
        <translation>Profil wird gelesen…</translation>
    </message>
    <message>
        <source>Add as a New Version?</source>
        <translation>Als neue Version hinzufügen?</translation>
    </message>
    <message>
        <source>The library already has “%1” with the identifier %2. Add the imported file as its version %3?</source>
        <translation>Die Bibliothek enthält bereits „%1“ mit der Kennung %2. Die importierte Datei als Version %3 davon hinzufügen?</translation>
    </message>
    <message>
        <source>Add Version</source>
        <translation>Version hinzufügen</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <source>Configuration profiles (*.mobileconfig)</source>
        <translation>Konfigurationsprofile (*.mobileconfig)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Cannot Export the Profile</source>
        <translation>Profil kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>In %1 exportiert.</translation>
    </message>
    <message>
        <source>Cannot Sign the Profile</source>
        <translation>Profil kann nicht signiert werden</translation>
    </message>
    <message>
        <source>Loading devices…</source>
        <translation>Geräte werden geladen…</translation>
    </message>
    <message>
        <source>Cannot Load the Devices</source>
        <translation>Geräte können nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <source>Install “%1” (version %2) on %n device(s)?</source>
        <translation>
            <numerusform>„%1“ (Version %2) auf %n Gerät installieren?</numerusform>
            <numerusform>„%1“ (Version %2) auf %n Geräten installieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” from %n device(s)? The settings it holds are taken off those devices.</source>
        <translation>
            <numerusform>„%1“ von %n Gerät entfernen? Die darin enthaltenen Einstellungen werden von diesem Gerät entfernt.</numerusform>
            <numerusform>„%1“ von %n Geräten entfernen? Die darin enthaltenen Einstellungen werden von diesen Geräten entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Install the Profile?</source>
        <translation>Profil installieren?</translation>
    </message>
    <message>
        <source>Remove the Profile?</source>
        <translation>Profil entfernen?</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Queuing the install…</source>
        <translation>Installation wird in die Warteschlange gestellt…</translation>
    </message>
    <message>
        <source>Queuing the removal…</source>
        <translation>Entfernen wird in die Warteschlange gestellt…</translation>
    </message>
    <message>
        <source>Cannot Install the Profile</source>
        <translation>Profil kann nicht installiert werden</translation>
    </message>
    <message>
        <source>Cannot Remove the Profile</source>
        <translation>Profil kann nicht entfernt werden</translation>
    </message>
    <message numerus="yes">
        <source>Install queued for %n device(s).</source>
        <translation>
            <numerusform>Installation für %n Gerät in die Warteschlange gestellt.</numerusform>
            <numerusform>Installation für %n Geräte in die Warteschlange gestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removal queued for %n device(s).</source>
        <translation>
            <numerusform>Entfernen für %n Gerät in die Warteschlange gestellt.</numerusform>
            <numerusform>Entfernen für %n Geräte in die Warteschlange gestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “%1” and all its versions? It stays on the devices that have it; remove it from them first if it should not.</source>
        <translation>„%1“ und alle zugehörigen Versionen löschen? Das Profil bleibt auf den Geräten, auf denen es installiert ist; entfernen Sie es zuerst von diesen Geräten, wenn es dort nicht bleiben soll.</translation>
    </message>
    <message>
        <source>Delete “%1” and all its versions?</source>
        <translation>„%1“ und alle zugehörigen Versionen löschen?</translation>
    </message>
    <message>
        <source>Delete the Profile?</source>
        <translation>Profil löschen?</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Cannot Delete the Profile</source>
        <translation>Profil kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Schema Folder…</source>
        <translation>Schema-Ordner…</translation>
    </message>
    <message>
        <source>Add a folder of payload schemas, such as a copy of Apple's device-management repository, to the editor.</source>
        <translation>Einen Ordner mit Payload-Schemas, etwa eine Kopie von Apples device-management-Repository, zum Editor hinzufügen.</translation>
    </message>
    <message>
        <source>Choose a Folder of Payload Schemas</source>
        <translation>Ordner mit Payload-Schemas wählen</translation>
    </message>
    <message>
        <source>Some Payload Schemas Were Skipped</source>
        <translation>Einige Payload-Schemas wurden übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1 could not be read as payload schemas; the editor works without them. Fix or remove them, or choose another folder.</source>
        <translation>
            <numerusform>%n Datei in %1 konnte nicht als Payload-Schema gelesen werden; der Editor arbeitet ohne sie. Korrigieren oder entfernen Sie sie, oder wählen Sie einen anderen Ordner.</numerusform>
            <numerusform>%n Dateien in %1 konnten nicht als Payload-Schemas gelesen werden; der Editor arbeitet ohne sie. Korrigieren oder entfernen Sie sie, oder wählen Sie einen anderen Ordner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Espalier::PublicKey</name>
    <message>
        <source>The public key could not be read.</source>
        <translation>Der öffentliche Schlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The public key is followed by other data.</source>
        <translation>Auf den öffentlichen Schlüssel folgen weitere Daten.</translation>
    </message>
</context>
<context>
    <name>Espalier::PushCertificate</name>
    <message>
        <source>This file is not a push certificate. Pick the .pem file that Apple's Push Certificates Portal gave you; its name starts with MDM_.</source>
        <translation>Diese Datei ist kein Push-Zertifikat. Wählen Sie die .pem-Datei, die Sie vom Apple Push Certificates Portal erhalten haben; ihr Name beginnt mit MDM_.</translation>
    </message>
    <message>
        <source>This is the certificate request, not the certificate. Get it signed, upload the signed request to Apple's Push Certificates Portal, and import the .pem file the portal gives back.</source>
        <translation>Dies ist die Zertifikatsanforderung, nicht das Zertifikat. Lassen Sie sie signieren, laden Sie die signierte Anforderung in das Apple Push Certificates Portal hoch und importieren Sie die .pem-Datei, die das Portal zurückgibt.</translation>
    </message>
    <message>
        <source>This file holds a private key, not the certificate. Import the .pem file from Apple's Push Certificates Portal; the key stays in the keychain.</source>
        <translation>Diese Datei enthält einen privaten Schlüssel, nicht das Zertifikat. Importieren Sie die .pem-Datei aus dem Apple Push Certificates Portal; der Schlüssel bleibt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>This is the signed request for Apple's Push Certificates Portal, not the certificate. Upload it there, then import the .pem file the portal gives back.</source>
        <translation>Dies ist die signierte Anforderung für das Apple Push Certificates Portal, nicht das Zertifikat. Laden Sie sie dort hoch und importieren Sie dann die .pem-Datei, die das Portal zurückgibt.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The certificate in this file is damaged. Download it again from Apple's Push Certificates Portal.</source>
        <translation>Das Zertifikat in dieser Datei ist beschädigt. Laden Sie es erneut aus dem Apple Push Certificates Portal herunter.</translation>
    </message>
    <message>
        <source>This certificate is not an MDM push certificate: it names no push topic (its subject is "%1"). Pick the .pem file that Apple's Push Certificates Portal gave you.</source>
        <translation>Dieses Zertifikat ist kein MDM-Push-Zertifikat: Es nennt kein Push-Topic (sein Subject lautet „%1“). Wählen Sie die .pem-Datei, die Sie vom Apple Push Certificates Portal erhalten haben.</translation>
    </message>
    <message>
        <source>This push certificate expired on %1, so devices cannot be woken with it. Renew it in Apple's Push Certificates Portal (press Renew next to the certificate for topic %2) and import the new one.</source>
        <translation>Dieses Push-Zertifikat ist am %1 abgelaufen, daher können Geräte damit nicht aufgeweckt werden. Erneuern Sie es im Apple Push Certificates Portal (klicken Sie neben dem Zertifikat für das Topic %2 auf „Renew“) und importieren Sie das neue Zertifikat.</translation>
    </message>
    <message>
        <source>This push certificate is not valid until %1. Check that this computer's date and time are right.</source>
        <translation>Dieses Push-Zertifikat ist erst ab %1 gültig. Prüfen Sie, ob Datum und Uhrzeit dieses Computers stimmen.</translation>
    </message>
    <message>
        <source>The push certificate expired on %1. Devices cannot be woken until it is renewed: renew it in Apple's Push Certificates Portal now.</source>
        <translation>Das Push-Zertifikat ist am %1 abgelaufen. Geräte können erst wieder aufgeweckt werden, wenn es erneuert wurde: Erneuern Sie es jetzt im Apple Push Certificates Portal.</translation>
    </message>
    <message>
        <source>The push certificate expires within a day, on %1. Renew it in Apple's Push Certificates Portal now.</source>
        <translation>Das Push-Zertifikat läuft innerhalb eines Tages ab, am %1. Erneuern Sie es jetzt im Apple Push Certificates Portal.</translation>
    </message>
    <message numerus="yes">
        <source>The push certificate expires in %n day(s), on %1. Renew it in Apple's Push Certificates Portal.</source>
        <translation>
            <numerusform>Das Push-Zertifikat läuft in %n Tag ab, am %1. Erneuern Sie es im Apple Push Certificates Portal.</numerusform>
            <numerusform>Das Push-Zertifikat läuft in %n Tagen ab, am %1. Erneuern Sie es im Apple Push Certificates Portal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Espalier::PushCertificateRequest</name>
    <message>
        <source>The push key in the keychain does not belong to this request.</source>
        <translation>Der Push-Schlüssel im Schlüsselbund gehört nicht zu dieser Anforderung.</translation>
    </message>
</context>
<context>
    <name>Espalier::PushCertificateStore</name>
    <message>
        <source>The stored push certificate request is damaged; discard it and start a new one.</source>
        <translation>Die gespeicherte Push-Zertifikatsanforderung ist beschädigt. Verwerfen Sie sie und beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>Another push certificate request is in progress. Resume it, or discard it first.</source>
        <translation>Eine andere Push-Zertifikatsanforderung ist in Bearbeitung. Setzen Sie sie fort oder verwerfen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>There is no push certificate to renew; create one instead.</source>
        <translation>Es gibt kein Push-Zertifikat zum Erneuern; erstellen Sie stattdessen ein neues.</translation>
    </message>
    <message>
        <source>"%1" is not an MDM push topic.</source>
        <translation>„%1“ ist kein MDM-Push-Topic.</translation>
    </message>
    <message>
        <source>The push certificate request does not exist.</source>
        <translation>Die Push-Zertifikatsanforderung gibt es nicht.</translation>
    </message>
    <message>
        <source>This push certificate request is complete: its certificate is imported. Start a new request for another one.</source>
        <translation>Diese Push-Zertifikatsanforderung ist abgeschlossen: Ihr Zertifikat wurde importiert. Beginnen Sie eine neue Anforderung für ein weiteres Zertifikat.</translation>
    </message>
    <message>
        <source>This push certificate request was discarded and its key deleted. Start a new request.</source>
        <translation>Diese Push-Zertifikatsanforderung wurde verworfen und ihr Schlüssel gelöscht. Beginnen Sie eine neue Anforderung.</translation>
    </message>
    <message>
        <source>This request was not sent to a CSR-signing service: export it for the service first, then import the service's reply.</source>
        <translation>Diese Anforderung wurde nicht an einen CSR-Signierdienst gesendet: Exportieren Sie sie zuerst für den Dienst und importieren Sie dann die Antwort des Dienstes.</translation>
    </message>
    <message>
        <source>This certificate (topic %1) was issued for another key, not for this request's. It may come from an earlier request or from another server. Import the certificate Apple's portal issued for this request's signed file, or upload this request's signed file to the portal again.</source>
        <translation>Dieses Zertifikat (Topic %1) wurde für einen anderen Schlüssel ausgestellt, nicht für den dieser Anforderung. Es stammt womöglich aus einer früheren Anforderung oder von einem anderen Server. Importieren Sie das Zertifikat, das Apples Portal für die signierte Datei dieser Anforderung ausgestellt hat, oder laden Sie die signierte Datei dieser Anforderung erneut in das Portal hoch.</translation>
    </message>
    <message>
        <source>The push key of this request is not in the keychain (%1). Without it a certificate for this request cannot be used: discard the request and start a new one.</source>
        <translation>Der Push-Schlüssel dieser Anforderung ist nicht im Schlüsselbund (%1). Ohne ihn kann ein Zertifikat für diese Anforderung nicht verwendet werden: Verwerfen Sie die Anforderung und beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>The key the service's reply is encrypted to is not in the keychain (%1). Discard this request and start a new one.</source>
        <translation>Der Schlüssel, für den die Antwort des Dienstes verschlüsselt ist, ist nicht im Schlüsselbund (%1). Verwerfen Sie diese Anforderung und beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>The key of the push certificate is not in the keychain (%1). No push can be sent until it is back.</source>
        <translation>Der Schlüssel des Push-Zertifikats ist nicht im Schlüsselbund (%1). Bis er wieder vorhanden ist, können keine Pushes gesendet werden.</translation>
    </message>
    <message>
        <source>A push key in the keychain is damaged.</source>
        <translation>Ein Push-Schlüssel im Schlüsselbund ist beschädigt.</translation>
    </message>
    <message>
        <source>This certificate does not match the push key in the keychain, so it cannot be used. Start a new request and upload its signed file to Apple's portal.</source>
        <translation>Dieses Zertifikat passt nicht zum Push-Schlüssel im Schlüsselbund und kann daher nicht verwendet werden. Beginnen Sie eine neue Anforderung und laden Sie deren signierte Datei in Apples Portal hoch.</translation>
    </message>
    <message numerus="yes">
        <source>This certificate is for topic %1, but the certificate being renewed is for topic %2, and %n enrolled device(s) are bound to that topic. This certificate cannot wake them: every one of them would have to be re-enrolled (devices from Apple Business Manager usually have to be erased for that). This happens when Create a Certificate is pressed instead of Renew, or when the portal is signed in with another Apple Account. In Apple's Push Certificates Portal, sign in with the Apple ID that created the certificate, press Renew next to the certificate for topic %2, and upload the signed request again.</source>
        <translation>
            <numerusform>Dieses Zertifikat gilt für das Topic %1, das zu erneuernde Zertifikat aber für das Topic %2, und %n registriertes Gerät ist an dieses Topic gebunden. Dieses Zertifikat kann es nicht aufwecken: Es müsste neu registriert werden (Geräte aus Apple Business Manager müssen dafür meist gelöscht werden). Das passiert, wenn statt „Renew“ auf „Create a Certificate“ geklickt wird oder wenn die Anmeldung im Portal mit einem anderen Apple Account erfolgt ist. Melden Sie sich im Apple Push Certificates Portal mit der Apple-ID an, mit der das Zertifikat erstellt wurde, klicken Sie neben dem Zertifikat für das Topic %2 auf „Renew“ und laden Sie die signierte Anforderung erneut hoch.</numerusform>
            <numerusform>Dieses Zertifikat gilt für das Topic %1, das zu erneuernde Zertifikat aber für das Topic %2, und %n registrierte Geräte sind an dieses Topic gebunden. Dieses Zertifikat kann sie nicht aufwecken: Jedes von ihnen müsste neu registriert werden (Geräte aus Apple Business Manager müssen dafür meist gelöscht werden). Das passiert, wenn statt „Renew“ auf „Create a Certificate“ geklickt wird oder wenn die Anmeldung im Portal mit einem anderen Apple Account erfolgt ist. Melden Sie sich im Apple Push Certificates Portal mit der Apple-ID an, mit der das Zertifikat erstellt wurde, klicken Sie neben dem Zertifikat für das Topic %2 auf „Renew“ und laden Sie die signierte Anforderung erneut hoch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This certificate is for topic %1, but %n enrolled device(s) are bound to other topics (%2). This certificate cannot wake them: moving them to it means re-enrolling every one of them (devices from Apple Business Manager usually have to be erased for that). To keep them, renew the certificate of their topic instead: start a renewal, and press Renew next to that certificate in Apple's Push Certificates Portal.</source>
        <translation>
            <numerusform>Dieses Zertifikat gilt für das Topic %1, aber %n registriertes Gerät ist an ein anderes Topic gebunden (%2). Dieses Zertifikat kann es nicht aufwecken: Um es darauf umzustellen, müsste es neu registriert werden (Geräte aus Apple Business Manager müssen dafür meist gelöscht werden). Um es zu behalten, erneuern Sie stattdessen das Zertifikat seines Topics: Beginnen Sie eine Erneuerung und klicken Sie im Apple Push Certificates Portal neben diesem Zertifikat auf „Renew“.</numerusform>
            <numerusform>Dieses Zertifikat gilt für das Topic %1, aber %n registrierte Geräte sind an andere Topics gebunden (%2). Dieses Zertifikat kann sie nicht aufwecken: Um sie darauf umzustellen, müsste jedes von ihnen neu registriert werden (Geräte aus Apple Business Manager müssen dafür meist gelöscht werden). Um sie zu behalten, erneuern Sie stattdessen das Zertifikat ihres Topics: Beginnen Sie eine Erneuerung und klicken Sie im Apple Push Certificates Portal neben diesem Zertifikat auf „Renew“.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keys of the discarded request could not be deleted from the keychain.</source>
        <translation>Die Schlüssel der verworfenen Anforderung konnten nicht aus dem Schlüsselbund gelöscht werden.</translation>
    </message>
    <message>
        <source>No push certificate has been set up.</source>
        <translation>Es wurde kein Push-Zertifikat eingerichtet.</translation>
    </message>
    <message>
        <source>There is no push certificate for topic %1.</source>
        <translation>Es gibt kein Push-Zertifikat für das Topic %1.</translation>
    </message>
    <message>
        <source>The stored push certificate is damaged.</source>
        <translation>Das gespeicherte Push-Zertifikat ist beschädigt.</translation>
    </message>
    <message>
        <source>The push certificate's key in the keychain does not belong to it.</source>
        <translation>Der Schlüssel des Push-Zertifikats im Schlüsselbund gehört nicht zu diesem Zertifikat.</translation>
    </message>
</context>
<context>
    <name>Espalier::PushCertificateWizard</name>
    <message>
        <source>Close the Push Certificate Wizard</source>
        <translation>Assistenten für Push-Zertifikate schließen</translation>
    </message>
    <message>
        <source>The request in progress is saved. Keep it to continue later where you stopped, or discard it and delete its key?</source>
        <translation>Die laufende Anforderung ist gespeichert. Möchten Sie sie behalten, um später an derselben Stelle fortzufahren, oder sie verwerfen und ihren Schlüssel löschen?</translation>
    </message>
    <message>
        <source>Keep for Later</source>
        <translation>Für später behalten</translation>
    </message>
    <message>
        <source>Discard Request</source>
        <translation>Anforderung verwerfen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <source>re-enroll every device</source>
        <translation>alle Geräte neu registrieren</translation>
    </message>
    <message>
        <source>Apple accepts a request only when an MDM vendor has signed it. Sign it with your own MDM vendor certificate, or have a CSR-signing service sign it for you.</source>
        <translation>Apple akzeptiert eine Anforderung nur, wenn ein MDM-Anbieter sie signiert hat. Signieren Sie sie mit Ihrem eigenen MDM-Anbieterzertifikat oder lassen Sie sie von einem CSR-Signierdienst signieren.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Vendor identity (.p12):</source>
        <translation>Anbieteridentität (.p12):</translation>
    </message>
    <message>
        <source>Choose Your MDM Vendor Identity</source>
        <translation>MDM-Anbieteridentität auswählen</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Its password:</source>
        <translation>Passwort der Datei:</translation>
    </message>
    <message>
        <source>Apple's certificates (optional):</source>
        <translation>Zertifikate von Apple (optional):</translation>
    </message>
    <message>
        <source>Choose Apple's Intermediate and Root Certificates</source>
        <translation>Zwischen- und Stammzertifikat von Apple auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.cer *.crt)</source>
        <translation>Zertifikate (*.pem *.cer *.crt)</translation>
    </message>
    <message>
        <source>Only needed when your .p12 lacks Apple's WWDR intermediate or root: a .pem or .cer file with them.</source>
        <translation>Nur nötig, wenn Ihrer .p12-Datei Apples WWDR-Zwischenzertifikat oder das Stammzertifikat fehlt: eine .pem- oder .cer-Datei, die diese enthält.</translation>
    </message>
    <message>
        <source>1. Send the request:</source>
        <translation>1. Anforderung senden:</translation>
    </message>
    <message>
        <source>2. The service's reply:</source>
        <translation>2. Antwort des Dienstes:</translation>
    </message>
    <message>
        <source>Choose the Signing Service's Reply</source>
        <translation>Antwort des Signierdienstes auswählen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <source>Apple ID used in the portal:</source>
        <translation>Im Portal verwendete Apple ID:</translation>
    </message>
    <message>
        <source>Choose the Certificate from Apple</source>
        <translation>Zertifikat von Apple auswählen</translation>
    </message>
    <message>
        <source>Push certificates (*.pem *.cer)</source>
        <translation>Push-Zertifikate (*.pem *.cer)</translation>
    </message>
    <message>
        <source>Renew the Push Certificate</source>
        <translation>Push-Zertifikat erneuern</translation>
    </message>
    <message>
        <source>Create a Push Certificate</source>
        <translation>Push-Zertifikat erstellen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Make the Request</source>
        <translation>Anforderung erstellen</translation>
    </message>
    <message>
        <source>A new key for the push certificate goes to the keychain, and a request is made from it.</source>
        <translation>Ein neuer Schlüssel für das Push-Zertifikat wird im Schlüsselbund abgelegt, und daraus wird eine Anforderung erstellt.</translation>
    </message>
    <message>
        <source>Have the Request Signed</source>
        <translation>Anforderung signieren lassen</translation>
    </message>
    <message>
        <source>An MDM vendor's signature lets Apple accept the request.</source>
        <translation>Mit der Signatur eines MDM-Anbieters akzeptiert Apple die Anforderung.</translation>
    </message>
    <message>
        <source>Sign the Request</source>
        <translation>Anforderung signieren</translation>
    </message>
    <message>
        <source>Sign with my own MDM vendor certificate (from an Apple Developer account)</source>
        <translation>Mit meinem eigenen MDM-Anbieterzertifikat signieren (aus einem Apple Developer Account)</translation>
    </message>
    <message>
        <source>Use a CSR-signing service</source>
        <translation>CSR-Signierdienst verwenden</translation>
    </message>
    <message>
        <source>Save the Request for the Service…</source>
        <translation>Anforderung für den Dienst speichern…</translation>
    </message>
    <message>
        <source>Apple's Push Certificates Portal</source>
        <translation>Apple Push Certificates Portal</translation>
    </message>
    <message>
        <source>Upload the signed request to Apple and download the certificate.</source>
        <translation>Laden Sie die signierte Anforderung bei Apple hoch und laden Sie das Zertifikat herunter.</translation>
    </message>
    <message>
        <source>Open Apple's Portal</source>
        <translation>Apples Portal öffnen</translation>
    </message>
    <message>
        <source>Save the Signed Request…</source>
        <translation>Signierte Anforderung speichern…</translation>
    </message>
    <message>
        <source>The Certificate from Apple</source>
        <translation>Das Zertifikat von Apple</translation>
    </message>
    <message>
        <source>Choose the file the portal gave you.</source>
        <translation>Wählen Sie die Datei aus, die Sie vom Portal erhalten haben.</translation>
    </message>
    <message>
        <source>Apple's portal offers the certificate as a download named like MDM_Example_Certificate.pem. Choose that file; it is checked before anything changes.</source>
        <translation>Apples Portal bietet das Zertifikat als Download mit einem Namen wie MDM_Example_Certificate.pem an. Wählen Sie diese Datei aus; sie wird geprüft, bevor etwas geändert wird.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>What the certificate is, and what using it would do.</source>
        <translation>Was das Zertifikat ist und was seine Verwendung bewirken würde.</translation>
    </message>
    <message>
        <source>Use This Certificate</source>
        <translation>Dieses Zertifikat verwenden</translation>
    </message>
    <message>
        <source>To use this certificate anyway and re-enroll every device, type “%1”:</source>
        <translation>Um dieses Zertifikat trotzdem zu verwenden und alle Geräte neu zu registrieren, geben Sie „%1“ ein:</translation>
    </message>
    <message>
        <source>The Certificate Is in Use</source>
        <translation>Das Zertifikat wird verwendet</translation>
    </message>
    <message>
        <source>Looking for a request in progress…</source>
        <translation>Laufende Anforderung wird gesucht…</translation>
    </message>
    <message>
        <source>The request was saved for the service earlier. Choose its reply when it arrives.</source>
        <translation>Die Anforderung wurde bereits für den Dienst gespeichert. Wählen Sie seine Antwort aus, sobald sie eintrifft.</translation>
    </message>
    <message>
        <source>&lt;p&gt;This renews the push certificate for topic &lt;b&gt;%1&lt;/b&gt;, valid until %2.&lt;/p&gt;&lt;p&gt;The renewed certificate keeps this topic, so every enrolled device keeps working without being touched. Espalier refuses a certificate with any other topic.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hiermit wird das Push-Zertifikat für das Topic &lt;b&gt;%1&lt;/b&gt; erneuert, das bis %2 gültig ist.&lt;/p&gt;&lt;p&gt;Das erneuerte Zertifikat behält dieses Topic, sodass alle registrierten Geräte ohne Eingriff weiter funktionieren. Espalier lehnt ein Zertifikat mit einem anderen Topic ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;It was created with the Apple ID &lt;b&gt;%1&lt;/b&gt;; you will need to sign in with it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es wurde mit der Apple ID &lt;b&gt;%1&lt;/b&gt; erstellt; Sie müssen sich mit dieser Apple ID anmelden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Apple's push service wakes enrolled devices so they fetch their commands. Espalier needs a push certificate for it, made in five steps:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;a key and a request (now),&lt;/li&gt;&lt;li&gt;a vendor signature on the request,&lt;/li&gt;&lt;li&gt;Apple's Push Certificates Portal, which turns it into a certificate,&lt;/li&gt;&lt;li&gt;the certificate from Apple, checked here,&lt;/li&gt;&lt;li&gt;and it is in use at once.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;You can close this wizard at any step and continue later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Push-Dienst von Apple weckt registrierte Geräte auf, damit sie ihre Befehle abrufen. Espalier benötigt dafür ein Push-Zertifikat, das in fünf Schritten entsteht:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;ein Schlüssel und eine Anforderung (jetzt),&lt;/li&gt;&lt;li&gt;eine Anbietersignatur für die Anforderung,&lt;/li&gt;&lt;li&gt;das Apple Push Certificates Portal, das daraus ein Zertifikat macht,&lt;/li&gt;&lt;li&gt;das Zertifikat von Apple, das hier geprüft wird,&lt;/li&gt;&lt;li&gt;und es wird sofort verwendet.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Sie können diesen Assistenten bei jedem Schritt schließen und später fortfahren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open &lt;a href="%1"&gt;Apple's Push Certificates Portal&lt;/a&gt; and sign in with the Apple ID below: the one that created the certificate.&lt;/li&gt;&lt;li&gt;Find the certificate with the topic &lt;b&gt;%2&lt;/b&gt; and press &lt;b&gt;Renew&lt;/b&gt; next to it. &lt;b&gt;Never press Create a Certificate&lt;/b&gt;: a new certificate gets a new topic, and every enrolled device would have to be enrolled again.&lt;/li&gt;&lt;li&gt;Upload the signed request saved below, then download the renewed certificate.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Öffnen Sie das &lt;a href="%1"&gt;Apple Push Certificates Portal&lt;/a&gt; und melden Sie sich mit der unten angegebenen Apple ID an – der, mit der das Zertifikat erstellt wurde.&lt;/li&gt;&lt;li&gt;Suchen Sie das Zertifikat mit dem Topic &lt;b&gt;%2&lt;/b&gt; und klicken Sie daneben auf &lt;b&gt;Renew&lt;/b&gt;. &lt;b&gt;Klicken Sie niemals auf „Create a Certificate“&lt;/b&gt;: Ein neues Zertifikat erhält ein neues Topic, und alle registrierten Geräte müssten erneut registriert werden.&lt;/li&gt;&lt;li&gt;Laden Sie die unten gespeicherte signierte Anforderung hoch und laden Sie dann das erneuerte Zertifikat herunter.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open &lt;a href="%1"&gt;Apple's Push Certificates Portal&lt;/a&gt; and sign in with the Apple ID that should own this certificate; a company account that outlives any one person is best. Record it below: each renewal must be made with the same Apple ID.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;Create a Certificate&lt;/b&gt;, accept the terms, and upload the signed request saved below.&lt;/li&gt;&lt;li&gt;Download the certificate.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Öffnen Sie das &lt;a href="%1"&gt;Apple Push Certificates Portal&lt;/a&gt; und melden Sie sich mit der Apple ID an, der dieses Zertifikat gehören soll; am besten ein Firmenkonto, das unabhängig von einzelnen Personen bestehen bleibt. Tragen Sie sie unten ein: Jede Erneuerung muss mit derselben Apple ID erfolgen.&lt;/li&gt;&lt;li&gt;Klicken Sie auf &lt;b&gt;Create a Certificate&lt;/b&gt;, akzeptieren Sie die Bedingungen und laden Sie die unten gespeicherte signierte Anforderung hoch.&lt;/li&gt;&lt;li&gt;Laden Sie das Zertifikat herunter.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The push certificate for topic &lt;b&gt;%1&lt;/b&gt; is stored and in use now, valid until %2. There is nothing to restart.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Push-Zertifikat für das Topic &lt;b&gt;%1&lt;/b&gt; ist gespeichert und wird ab sofort verwendet; es ist bis %2 gültig. Es muss nichts neu gestartet werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;It replaces the certificate that was valid until %1. Enrolled devices keep working.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es ersetzt das Zertifikat, das bis %1 gültig war. Registrierte Geräte funktionieren weiterhin.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n device(s) must be enrolled again&lt;/b&gt;: they are bound to another topic.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n Gerät muss erneut registriert werden&lt;/b&gt;: Es ist an ein anderes Topic gebunden.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n Geräte müssen erneut registriert werden&lt;/b&gt;: Sie sind an ein anderes Topic gebunden.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Apple ID recorded for the next renewal: &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Für die nächste Erneuerung gespeicherte Apple ID: &lt;b&gt;%1&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It matches the key made for this request in the keychain.</source>
        <translation>Es passt zu dem Schlüssel, der für diese Anforderung im Schlüsselbund erstellt wurde.</translation>
    </message>
    <message>
        <source>Its topic is &lt;b&gt;%1&lt;/b&gt;, not the topic the devices are bound to.</source>
        <translation>Sein Topic ist &lt;b&gt;%1&lt;/b&gt;, nicht das Topic, an das die Geräte gebunden sind.</translation>
    </message>
    <message>
        <source>Its topic is &lt;b&gt;%1&lt;/b&gt;, the topic the enrolled devices are bound to.</source>
        <translation>Sein Topic ist &lt;b&gt;%1&lt;/b&gt;, das Topic, an das die registrierten Geräte gebunden sind.</translation>
    </message>
    <message>
        <source>Its topic is &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Sein Topic ist &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>It is valid until %1.</source>
        <translation>Es ist bis %1 gültig.</translation>
    </message>
    <message>
        <source>This certificate is for topic %1, but the certificate being renewed is for topic %2. Devices enrolled later would be bound to the new topic. Press Renew next to the certificate for topic %2 in Apple's portal instead.</source>
        <translation>Dieses Zertifikat gilt für das Topic %1, das zu erneuernde Zertifikat aber für das Topic %2. Später registrierte Geräte würden an das neue Topic gebunden. Klicken Sie stattdessen in Apples Portal neben dem Zertifikat für das Topic %2 auf „Renew“.</translation>
    </message>
    <message>
        <source>Making the key and the request…</source>
        <translation>Schlüssel und Anforderung werden erstellt…</translation>
    </message>
    <message>
        <source>Choose your MDM vendor identity (.p12) first.</source>
        <translation>Wählen Sie zuerst Ihre MDM-Anbieteridentität (.p12) aus.</translation>
    </message>
    <message>
        <source>Signing the request…</source>
        <translation>Anforderung wird signiert…</translation>
    </message>
    <message>
        <source>Save the Request for the Signing Service</source>
        <translation>Anforderung für den Signierdienst speichern</translation>
    </message>
    <message>
        <source>Certificate requests (*.csr *.pem)</source>
        <translation>Zertifikatsanforderungen (*.csr *.pem)</translation>
    </message>
    <message>
        <source>Preparing the request for the service…</source>
        <translation>Anforderung für den Dienst wird vorbereitet…</translation>
    </message>
    <message>
        <source>Saved %1 and %2. Send both to the signing service; it answers with a file encrypted to the second one. Choose that file below when it arrives.</source>
        <translation>%1 und %2 wurden gespeichert. Senden Sie beide an den Signierdienst; er antwortet mit einer Datei, die für die zweite verschlüsselt ist. Wählen Sie diese Datei unten aus, sobald sie eintrifft.</translation>
    </message>
    <message>
        <source>Save the request for the service first, then choose the reply it sent you. You can close the wizard meanwhile and continue later.</source>
        <translation>Speichern Sie zuerst die Anforderung für den Dienst und wählen Sie dann die Antwort aus, die er Ihnen geschickt hat. Sie können den Assistenten in der Zwischenzeit schließen und später fortfahren.</translation>
    </message>
    <message>
        <source>Reading the service's reply…</source>
        <translation>Antwort des Dienstes wird gelesen…</translation>
    </message>
    <message>
        <source>No web browser could be opened. Open %1 in a browser yourself.</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie %1 selbst in einem Browser.</translation>
    </message>
    <message>
        <source>Save the Signed Request for Apple</source>
        <translation>Signierte Anforderung für Apple speichern</translation>
    </message>
    <message>
        <source>Signed requests (*.txt *.plist)</source>
        <translation>Signierte Anforderungen (*.txt *.plist)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved to %1. Upload this file in Apple's portal.</source>
        <translation>Unter %1 gespeichert. Laden Sie diese Datei in Apples Portal hoch.</translation>
    </message>
    <message>
        <source>Recording the Apple ID…</source>
        <translation>Apple ID wird gespeichert…</translation>
    </message>
    <message>
        <source>Checking the certificate…</source>
        <translation>Zertifikat wird geprüft…</translation>
    </message>
    <message>
        <source>This certificate was not used, and nothing changed. Go back and choose the renewed certificate of topic %1, or type the confirmation above to re-enroll every device.</source>
        <translation>Dieses Zertifikat wurde nicht verwendet, und es wurde nichts geändert. Gehen Sie zurück und wählen Sie das erneuerte Zertifikat für das Topic %1 aus, oder geben Sie oben die Bestätigung ein, um alle Geräte neu zu registrieren.</translation>
    </message>
    <message>
        <source>Storing the certificate and putting it to use…</source>
        <translation>Zertifikat wird gespeichert und in Betrieb genommen…</translation>
    </message>
    <message>
        <source>Discarding the request…</source>
        <translation>Anforderung wird verworfen…</translation>
    </message>
</context>
<context>
    <name>Espalier::PushDiagnostics</name>
    <message>
        <source>Nothing was checked.</source>
        <translation>Es wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>Apple's push service is reachable from this computer.</source>
        <translation>Apples Push-Dienst ist von diesem Computer aus erreichbar.</translation>
    </message>
    <message>
        <source>Apple's push service cannot be reached from this computer, so devices cannot be woken. See each check for the reason.</source>
        <translation>Apples Push-Dienst ist von diesem Computer aus nicht erreichbar, daher können Geräte nicht aufgeweckt werden. Den Grund finden Sie bei den einzelnen Prüfungen.</translation>
    </message>
    <message>
        <source>Port 443 to Apple's push service is blocked, but port 2197 works: pushes can be sent over port 2197.</source>
        <translation>Port 443 zu Apples Push-Dienst ist blockiert, aber Port 2197 funktioniert: Pushes können über Port 2197 gesendet werden.</translation>
    </message>
    <message>
        <source>Apple's push service is reachable on some hosts or ports only. See each check for what fails.</source>
        <translation>Apples Push-Dienst ist nur auf einigen Hosts oder Ports erreichbar. Was fehlschlägt, sehen Sie bei den einzelnen Prüfungen.</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved. Check this computer's DNS settings: Apple's push service is reached by name, and the name must resolve to Apple's addresses (17.0.0.0/8).</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden. Prüfen Sie die DNS-Einstellungen dieses Computers: Apples Push-Dienst wird über seinen Namen erreicht, und der Name muss zu Apples Adressen (17.0.0.0/8) aufgelöst werden.</translation>
    </message>
    <message>
        <source>%1 is reachable on port %2, and its certificate is trusted.</source>
        <translation>%1 ist auf Port %2 erreichbar, und sein Zertifikat ist vertrauenswürdig.</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 does not end at Apple: the server's certificate chain leads to "%2", which is not a trusted root. A proxy, firewall or security program is inspecting TLS traffic. Exempt %1 (Apple's network 17.0.0.0/8, ports 443 and 2197) from TLS inspection; pushes cannot work through it.</source>
        <translation>Die verschlüsselte Verbindung zu %1 endet nicht bei Apple: Die Zertifikatskette des Servers führt zu „%2“, das kein vertrauenswürdiges Stammzertifikat ist. Ein Proxy, eine Firewall oder ein Sicherheitsprogramm untersucht den TLS-Verkehr. Nehmen Sie %1 (Apples Netz 17.0.0.0/8, Ports 443 und 2197) von der TLS-Prüfung aus; durch sie hindurch können Pushes nicht funktionieren.</translation>
    </message>
    <message>
        <source>The server that answered for %1 presented a certificate for "%2". A proxy or a wrong DNS entry sends this traffic elsewhere; %1 must reach Apple (17.0.0.0/8) directly.</source>
        <translation>Der Server, der für %1 geantwortet hat, hat ein Zertifikat für „%2“ vorgelegt. Ein Proxy oder ein falscher DNS-Eintrag leitet diesen Verkehr woandershin; %1 muss Apple (17.0.0.0/8) direkt erreichen.</translation>
    </message>
    <message>
        <source>The certificate of %1 is expired or not yet valid by this computer's clock. Check the date, time and time zone of this computer; if they are right, something is intercepting the connection.</source>
        <translation>Das Zertifikat von %1 ist laut der Uhr dieses Computers abgelaufen oder noch nicht gültig. Prüfen Sie Datum, Uhrzeit und Zeitzone dieses Computers; wenn sie stimmen, fängt etwas die Verbindung ab.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified (%2). A proxy or security program may be interfering with encrypted connections to Apple.</source>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden (%2). Möglicherweise greift ein Proxy oder Sicherheitsprogramm in verschlüsselte Verbindungen zu Apple ein.</translation>
    </message>
    <message>
        <source>%1 accepted the connection on port %2, but the encrypted handshake failed. Something between this computer and Apple (a proxy or a firewall that inspects traffic) is interfering; allow direct TLS connections to 17.0.0.0/8 on ports 443 and 2197.</source>
        <translation>%1 hat die Verbindung auf Port %2 angenommen, aber der verschlüsselte Handshake ist fehlgeschlagen. Etwas zwischen diesem Computer und Apple (ein Proxy oder eine Firewall, die den Verkehr untersucht) greift ein; erlauben Sie direkte TLS-Verbindungen zu 17.0.0.0/8 auf den Ports 443 und 2197.</translation>
    </message>
    <message>
        <source>The connection to %1 (%2) on port %3 was refused. A firewall rejects it: outbound TCP to Apple's network 17.0.0.0/8 on ports 443 and 2197 must be allowed.</source>
        <translation>Die Verbindung zu %1 (%2) auf Port %3 wurde abgelehnt. Eine Firewall weist sie zurück: Ausgehendes TCP zu Apples Netz 17.0.0.0/8 auf den Ports 443 und 2197 muss erlaubt sein.</translation>
    </message>
    <message>
        <source>%1 (%2) could not be reached on port %3 (%4). Check this computer's network connection, and that outbound TCP to 17.0.0.0/8 on ports 443 and 2197 is allowed.</source>
        <translation>%1 (%2) war auf Port %3 nicht erreichbar (%4). Prüfen Sie die Netzwerkverbindung dieses Computers und ob ausgehendes TCP zu 17.0.0.0/8 auf den Ports 443 und 2197 erlaubt ist.</translation>
    </message>
    <message>
        <source>The name %1 did not resolve within %2 seconds. Check this computer's DNS settings.</source>
        <translation>Der Name %1 wurde nicht innerhalb von %2 Sekunden aufgelöst. Prüfen Sie die DNS-Einstellungen dieses Computers.</translation>
    </message>
    <message>
        <source>No answer from %1 (%2) on port %3 within %4 seconds: a firewall silently drops the traffic. Outbound TCP to Apple's network 17.0.0.0/8 on ports 443 and 2197 must be allowed.</source>
        <translation>Keine Antwort von %1 (%2) auf Port %3 innerhalb von %4 Sekunden: Eine Firewall verwirft den Verkehr stillschweigend. Ausgehendes TCP zu Apples Netz 17.0.0.0/8 auf den Ports 443 und 2197 muss erlaubt sein.</translation>
    </message>
    <message>
        <source>%1 accepted the connection on port %2, but the encrypted handshake did not finish within %3 seconds. Something on the way holds the connection (a proxy or a firewall that inspects traffic); allow direct TLS connections to 17.0.0.0/8.</source>
        <translation>%1 hat die Verbindung auf Port %2 angenommen, aber der verschlüsselte Handshake wurde nicht innerhalb von %3 Sekunden abgeschlossen. Etwas auf dem Weg hält die Verbindung auf (ein Proxy oder eine Firewall, die den Verkehr untersucht); erlauben Sie direkte TLS-Verbindungen zu 17.0.0.0/8.</translation>
    </message>
</context>
<context>
    <name>Espalier::PushDispatcher</name>
    <message>
        <source>The device or user is not enrolled.</source>
        <translation>Das Gerät oder der Benutzer ist nicht registriert.</translation>
    </message>
    <message>
        <source>The device cannot be woken: it has sent no usable push token since it enrolled, or Apple refused its token. It is pushed again after it sends a new one.</source>
        <translation>Das Gerät kann nicht aufgeweckt werden: Es hat seit der Registrierung kein brauchbares Push-Token gesendet, oder Apple hat sein Token abgelehnt. Es erhält erneut einen Push, sobald es ein neues sendet.</translation>
    </message>
    <message>
        <source>The device's push token cannot be read with this server's data key. It is pushed again after it sends a new one.</source>
        <translation>Das Push-Token des Geräts lässt sich mit dem Datenschlüssel dieses Servers nicht lesen. Das Gerät wird wieder geweckt, sobald es ein neues sendet.</translation>
    </message>
</context>
<context>
    <name>Espalier::PushExpiryBanner</name>
    <message>
        <source>Renew…</source>
        <translation>Erneuern…</translation>
    </message>
    <message>
        <source>Renew the push certificate with the same topic, so every device keeps working.</source>
        <translation>Das Push-Zertifikat mit demselben Topic erneuern, damit alle Geräte weiter funktionieren.</translation>
    </message>
</context>
<context>
    <name>Espalier::QrCodeImage</name>
    <message>
        <source>This text cannot be shown as a QR code.</source>
        <translation>Dieser Text kann nicht als QR-Code angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>Espalier::Random</name>
    <message>
        <source>The amount of random data is out of range.</source>
        <translation>Die Menge an Zufallsdaten liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>No random data is available.</source>
        <translation>Es sind keine Zufallsdaten verfügbar.</translation>
    </message>
</context>
<context>
    <name>Espalier::RawValueView</name>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <source>real</source>
        <translation>Gleitkommazahl</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>dictionary</source>
        <translation>Dictionary</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Espalier::ReachabilityCheck</name>
    <message numerus="yes">
        <source>Looking up %1 took longer than %n seconds. Check this computer's network connection and DNS server.</source>
        <translation>
            <numerusform>Die Suche nach %1 hat länger als %n Sekunde gedauert. Prüfen Sie die Netzwerkverbindung und den DNS-Server dieses Computers.</numerusform>
            <numerusform>Die Suche nach %1 hat länger als %n Sekunden gedauert. Prüfen Sie die Netzwerkverbindung und den DNS-Server dieses Computers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer on port %2 within %n seconds. A firewall may be dropping connections to that port, or the name points at a computer that is switched off or elsewhere.</source>
        <translation>
            <numerusform>%1 hat auf Port %2 nicht innerhalb von %n Sekunde geantwortet. Möglicherweise verwirft eine Firewall Verbindungen zu diesem Port, oder der Name verweist auf einen Computer, der ausgeschaltet ist oder sich anderswo befindet.</numerusform>
            <numerusform>%1 hat auf Port %2 nicht innerhalb von %n Sekunden geantwortet. Möglicherweise verwirft eine Firewall Verbindungen zu diesem Port, oder der Name verweist auf einen Computer, der ausgeschaltet ist oder sich anderswo befindet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secure connection (TLS) to %1 did not complete within %n seconds. Something other than an HTTPS server may be listening on port %2.</source>
        <translation>
            <numerusform>Die sichere Verbindung (TLS) zu %1 wurde nicht innerhalb von %n Sekunde hergestellt. Möglicherweise lauscht auf Port %2 etwas anderes als ein HTTPS-Server.</numerusform>
            <numerusform>Die sichere Verbindung (TLS) zu %1 wurde nicht innerhalb von %n Sekunden hergestellt. Möglicherweise lauscht auf Port %2 etwas anderes als ein HTTPS-Server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server at %1 accepted the connection but did not answer within %n seconds.</source>
        <translation>
            <numerusform>Der Server unter %1 hat die Verbindung angenommen, aber nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Server unter %1 hat die Verbindung angenommen, aber nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name lookup</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Sichere Verbindung (TLS)</translation>
    </message>
    <message>
        <source>Espalier answers</source>
        <translation>Espalier antwortet</translation>
    </message>
    <message>
        <source>%1 is an IP address; nothing to look up.</source>
        <translation>%1 ist eine IP-Adresse; es muss kein Name aufgelöst werden.</translation>
    </message>
    <message>
        <source>The name %1 could not be found. Check its spelling, and that a DNS record for it points at this server's public address.</source>
        <translation>Der Name %1 wurde nicht gefunden. Prüfen Sie die Schreibweise und ob ein DNS-Eintrag für diesen Namen auf die öffentliche Adresse dieses Servers verweist.</translation>
    </message>
    <message>
        <source>%1 is %2.</source>
        <translation>%1 hat die Adresse %2.</translation>
    </message>
    <message>
        <source>Port %1 of %2 accepts connections.</source>
        <translation>Port %1 von %2 nimmt Verbindungen an.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1 of %2 (the connection was refused). Check that Espalier is serving on that port, and that the firewall or router forwards it to this computer.</source>
        <translation>Auf Port %1 von %2 nimmt nichts Verbindungen an (die Verbindung wurde abgelehnt). Prüfen Sie, ob Espalier auf diesem Port bereitsteht und ob die Firewall oder der Router den Port an diesen Computer weiterleitet.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer: %2. Check the network connection and the address.</source>
        <translation>%1 ist von diesem Computer aus nicht erreichbar: %2. Prüfen Sie die Netzwerkverbindung und die Adresse.</translation>
    </message>
    <message>
        <source>The connection to %1 on port %2 failed: %3.</source>
        <translation>Die Verbindung zu %1 auf Port %2 ist fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>The server's certificate does not name %1. Use a certificate whose subject alternative names include it, or let Espalier issue one.</source>
        <translation>Das Zertifikat des Servers nennt %1 nicht. Verwenden Sie ein Zertifikat, dessen alternative Inhabernamen (Subject Alternative Names) diesen Namen enthalten, oder lassen Sie Espalier eines ausstellen.</translation>
    </message>
    <message>
        <source>The server's certificate has expired. Import a renewed one or let Espalier issue a new one.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen. Importieren Sie ein erneuertes Zertifikat oder lassen Sie Espalier ein neues ausstellen.</translation>
    </message>
    <message>
        <source>The server's certificate is not valid yet. Check this computer's clock.</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig. Prüfen Sie die Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>The server's certificate does not lead to a trusted root: devices would refuse it. Import the certificate together with its intermediate certificates, or use one from Espalier's CA.</source>
        <translation>Das Zertifikat des Servers führt zu keinem vertrauenswürdigen Stammzertifikat: Geräte würden es ablehnen. Importieren Sie das Zertifikat zusammen mit seinen Zwischenzertifikaten oder verwenden Sie eines von der CA von Espalier.</translation>
    </message>
    <message>
        <source>Another server answered at %1: its certificate is not the one Espalier serves. Check that the name and any port forwarding lead to this computer, and that no other program uses the port.</source>
        <translation>Unter %1 hat ein anderer Server geantwortet: Sein Zertifikat ist nicht das, das Espalier verwendet. Prüfen Sie, ob der Name und eine etwaige Portweiterleitung zu diesem Computer führen und ob kein anderes Programm den Port belegt.</translation>
    </message>
    <message>
        <source>The certificate for %1 is valid and trusted.</source>
        <translation>Das Zertifikat für %1 ist gültig und vertrauenswürdig.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2. Something other than Espalier's HTTPS server may be listening on this port.</source>
        <translation>Die sichere Verbindung (TLS) zu %1 ist fehlgeschlagen: %2. Möglicherweise nimmt auf diesem Port etwas anderes als der HTTPS-Server von Espalier Verbindungen an.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: %2.</source>
        <translation>Die sichere Verbindung (TLS) zu %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Espalier answered over HTTPS.</source>
        <translation>Espalier hat über HTTPS geantwortet.</translation>
    </message>
    <message>
        <source>The server closed the connection without an HTTP answer. Something other than Espalier may be serving this address.</source>
        <translation>Der Server hat die Verbindung ohne HTTP-Antwort geschlossen. Möglicherweise bedient etwas anderes als Espalier diese Adresse.</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1 instead of Espalier's answer: another web server may be serving this address, or a proxy is in the way.</source>
        <translation>Der Server hat mit HTTP-Status %1 statt mit der Antwort von Espalier geantwortet: Möglicherweise bedient ein anderer Webserver diese Adresse oder ein Proxy ist dazwischengeschaltet.</translation>
    </message>
</context>
<context>
    <name>Espalier::RemoveProfileCommand</name>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Give the profile's identifier, without spaces around it.</source>
        <translation>Geben Sie die Kennung des Profils ohne Leerzeichen am Anfang oder Ende an.</translation>
    </message>
    <message>
        <source>The profile identifier</source>
        <translation>Die Profilkennung</translation>
    </message>
</context>
<context>
    <name>Espalier::RestartDeviceCommand</name>
    <message>
        <source>Restart Device</source>
        <translation>Gerät neu starten</translation>
    </message>
    <message>
        <source>Asking the user to restart</source>
        <translation>Das Auffordern des Benutzers zum Neustart</translation>
    </message>
    <message>
        <source>Rebuilding the kernel cache</source>
        <translation>Das Neuerstellen des Kernel-Cache</translation>
    </message>
    <message>
        <source>Kext paths apply only when the kernel cache is rebuilt. Turn on rebuilding the kernel cache, or remove the paths.</source>
        <translation>Kext-Pfade gelten nur, wenn der Kernel-Cache neu erstellt wird. Schalten Sie das Neuerstellen des Kernel-Cache ein oder entfernen Sie die Pfade.</translation>
    </message>
    <message>
        <source>Kext paths</source>
        <translation>Die Angabe von Kext-Pfaden</translation>
    </message>
    <message>
        <source>A kext path</source>
        <translation>Ein Kext-Pfad</translation>
    </message>
    <message>
        <source>The kext path “%1” isn't absolute. Give the full path, starting with /.</source>
        <translation>Der Kext-Pfad „%1“ ist nicht absolut. Geben Sie den vollständigen Pfad an, beginnend mit /.</translation>
    </message>
</context>
<context>
    <name>Espalier::RestoreDialog</name>
    <message>
        <source>Restore Espalier</source>
        <translation>Espalier wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring replaces the current database and keys with the backup's. Devices stop being served while it runs, and anything that happened after the backup was made is lost: devices enrolled since then must enroll again.</source>
        <translation>Beim Wiederherstellen werden die aktuelle Datenbank und die Schlüssel durch die aus der Sicherung ersetzt. Während des Vorgangs werden Geräte nicht bedient, und alles, was nach dem Erstellen der Sicherung geschehen ist, geht verloren: Seitdem registrierte Geräte müssen sich erneut registrieren.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Open Backup</source>
        <translation>Sicherung öffnen</translation>
    </message>
    <message>
        <source>Espalier backups (*.espalier-backup);;All files (*)</source>
        <translation>Espalier-Sicherungen (*.espalier-backup);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Sicherungsdatei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace Everything</source>
        <translation>Alles ersetzen</translation>
    </message>
    <message>
        <source>Replace the current database and keys with the backup in %1? This cannot be undone.</source>
        <translation>Die aktuelle Datenbank und die Schlüssel durch die Sicherung in %1 ersetzen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft…</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Restored the state of %1. The engine is starting again.</source>
        <translation>Der Stand vom %1 wurde wiederhergestellt. Die Engine wird neu gestartet.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Espalier::RoleSwitcher</name>
    <message>
        <source>Change Admin &amp;Password…</source>
        <translation>Admin-&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>The password that leaves helpdesk mode</source>
        <translation>Das Passwort zum Verlassen des Helpdesk-Modus</translation>
    </message>
    <message>
        <source>Leave &amp;Helpdesk Mode…</source>
        <translation>&amp;Helpdesk-Modus verlassen…</translation>
    </message>
    <message>
        <source>Switch to &amp;Helpdesk Mode</source>
        <translation>Zum &amp;Helpdesk-Modus wechseln</translation>
    </message>
    <message>
        <source>Ask for the admin password and make every part of the console available</source>
        <translation>Nach dem Admin-Passwort fragen und alle Bereiche der Konsole verfügbar machen</translation>
    </message>
    <message>
        <source>Keep the console to lock, wipe, Lost Mode, restart and refresh until the admin password is entered</source>
        <translation>Die Konsole auf Sperren, Löschen, Modus „Verloren“, Neustart und Aktualisieren beschränken, bis das Admin-Passwort eingegeben wird</translation>
    </message>
    <message>
        <source>Cannot Switch to Helpdesk Mode</source>
        <translation>Wechsel zum Helpdesk-Modus nicht möglich</translation>
    </message>
    <message>
        <source>Cannot Change the Admin Password</source>
        <translation>Admin-Passwort kann nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>Espalier::ScepMessage</name>
    <message>
        <source>The SCEP message could not be read.</source>
        <translation>Die SCEP-Nachricht konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The SCEP message could not be checked.</source>
        <translation>Die SCEP-Nachricht konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The SCEP message carries no readable envelope.</source>
        <translation>Die SCEP-Nachricht enthält keinen lesbaren Umschlag.</translation>
    </message>
    <message>
        <source>The SCEP message is encrypted with an algorithm this server does not accept.</source>
        <translation>Die SCEP-Nachricht ist mit einem Verfahren verschlüsselt, das dieser Server nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The SCEP message could not be opened.</source>
        <translation>Die SCEP-Nachricht konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The SCEP message could not be decrypted with the CA key.</source>
        <translation>Die SCEP-Nachricht konnte nicht mit dem CA-Schlüssel entschlüsselt werden.</translation>
    </message>
    <message>
        <source>The certificate list could not be built.</source>
        <translation>Die Zertifikatsliste konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>A SCEP reply needs the request's transaction and nonce.</source>
        <translation>Eine SCEP-Antwort braucht die Transaktions-ID und die Nonce der Anfrage.</translation>
    </message>
    <message>
        <source>A SCEP failure needs a reason, and only a failure has one.</source>
        <translation>Eine SCEP-Fehlerantwort braucht einen Fehlergrund, und nur eine Fehlerantwort darf einen haben.</translation>
    </message>
    <message>
        <source>A successful SCEP reply needs the certificate and its recipient.</source>
        <translation>Eine erfolgreiche SCEP-Antwort braucht das Zertifikat und seinen Empfänger.</translation>
    </message>
    <message>
        <source>The SCEP reply could not be built.</source>
        <translation>Die SCEP-Antwort konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The certificate could not be encrypted to the device.</source>
        <translation>Das Zertifikat konnte nicht für das Gerät verschlüsselt werden.</translation>
    </message>
    <message>
        <source>The SCEP reply needs the CA and its key.</source>
        <translation>Die SCEP-Antwort braucht die CA und ihren Schlüssel.</translation>
    </message>
    <message>
        <source>The SCEP reply could not be signed.</source>
        <translation>Die SCEP-Antwort konnte nicht signiert werden.</translation>
    </message>
</context>
<context>
    <name>Espalier::ScepService</name>
    <message>
        <source>The device's key must be RSA with at least %1 bits.</source>
        <translation>Der Schlüssel des Geräts muss ein RSA-Schlüssel mit mindestens %1 Bit sein.</translation>
    </message>
    <message>
        <source>The certificate request has no common name.</source>
        <translation>Die Zertifikatsanforderung hat keinen allgemeinen Namen (CN).</translation>
    </message>
    <message>
        <source>The certificate request's subject is malformed.</source>
        <translation>Der Inhaber der Zertifikatsanforderung ist fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>Espalier::SchemaAvailability</name>
    <message>
        <source>%1 can't be sent until Espalier knows which platform this device runs. Refresh its inventory, then try again.</source>
        <extracomment>%1 is a command name, such as "Device Lock"</extracomment>
        <translation>Der Befehl „%1“ kann erst gesendet werden, wenn Espalier weiß, welches Betriebssystem auf diesem Gerät läuft. Aktualisieren Sie sein Inventar und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 isn't available on %2.</source>
        <extracomment>%1 is a command name, %2 an OS name such as "macOS"</extracomment>
        <translation>Der Befehl „%1“ ist unter %2 nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 needs %2 %3 or later. Update the device, then try again.</source>
        <extracomment>%1 is a command name, %2 an OS name, %3 a version such as "10.3"</extracomment>
        <translation>Der Befehl „%1“ erfordert %2 %3 oder neuer. Aktualisieren Sie das Gerät und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 is no longer available from %2 %3 on.</source>
        <extracomment>%1 is a command name, %2 an OS name, %3 a version such as "16.0"</extracomment>
        <translation>Der Befehl „%1“ ist ab %2 %3 nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>%1 needs a supervised device. Supervise it with Apple Business Manager or Apple Configurator, then try again.</source>
        <extracomment>%1 is a command name</extracomment>
        <translation>Der Befehl „%1“ erfordert ein betreutes Gerät. Betreuen Sie das Gerät mit Apple Business Manager oder Apple Configurator und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 isn't available on a device enrolled with User Enrollment.</source>
        <extracomment>%1 is a command name</extracomment>
        <translation>Der Befehl „%1“ ist auf Geräten mit Benutzerregistrierung nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 is only available on a device enrolled with User Enrollment.</source>
        <extracomment>%1 is a command name</extracomment>
        <translation>Der Befehl „%1“ ist nur auf Geräten mit Benutzerregistrierung verfügbar.</translation>
    </message>
    <message>
        <source>%1 isn't available on a Shared iPad.</source>
        <extracomment>%1 is a command name</extracomment>
        <translation>Der Befehl „%1“ ist auf einem geteilten iPad nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 is only available on a Shared iPad.</source>
        <extracomment>%1 is a command name</extracomment>
        <translation>Der Befehl „%1“ ist nur auf einem geteilten iPad verfügbar.</translation>
    </message>
    <message>
        <source>%1 can only be sent to the device, not to a user on it. Send it to the device instead.</source>
        <extracomment>%1 is a command name</extracomment>
        <translation>Der Befehl „%1“ kann nur an das Gerät gesendet werden, nicht an einen Benutzer darauf. Senden Sie ihn stattdessen an das Gerät.</translation>
    </message>
    <message>
        <source>%1 can only be sent to a user on the device. Send it to the user instead.</source>
        <extracomment>%1 is a command name</extracomment>
        <translation>Der Befehl „%1“ kann nur an einen Benutzer auf dem Gerät gesendet werden. Senden Sie ihn stattdessen an den Benutzer.</translation>
    </message>
    <message>
        <source>%1 can't be checked until Espalier knows which platform this device runs. Leave it out, or refresh the device's inventory first.</source>
        <extracomment>%1 names a command option, such as "The lock screen message"</extracomment>
        <translation>%1 kann erst geprüft werden, wenn Espalier weiß, welches Betriebssystem auf diesem Gerät läuft. Lassen Sie die Option weg oder aktualisieren Sie zuerst das Inventar des Geräts.</translation>
    </message>
    <message>
        <source>%1 isn't available on %2. Leave it out to send the command.</source>
        <extracomment>%1 names a command option, %2 is an OS name such as "macOS"</extracomment>
        <translation>%1 ist unter %2 nicht verfügbar. Lassen Sie die Option weg, um den Befehl zu senden.</translation>
    </message>
    <message>
        <source>%1 needs %2 %3 or later. Leave it out, or update the device first.</source>
        <extracomment>%1 names a command option, %2 is an OS name, %3 a version such as "11.5"</extracomment>
        <translation>%1 erfordert %2 %3 oder neuer. Lassen Sie die Option weg oder aktualisieren Sie zuerst das Gerät.</translation>
    </message>
    <message>
        <source>%1 is no longer available from %2 %3 on. Leave it out to send the command.</source>
        <extracomment>%1 names a command option, %2 is an OS name, %3 a version such as "16.0"</extracomment>
        <translation>%1 ist ab %2 %3 nicht mehr verfügbar. Lassen Sie die Option weg, um den Befehl zu senden.</translation>
    </message>
    <message>
        <source>%1 needs a supervised device. Leave it out to send the command.</source>
        <extracomment>%1 names a command option</extracomment>
        <translation>%1 erfordert ein betreutes Gerät. Lassen Sie die Option weg, um den Befehl zu senden.</translation>
    </message>
    <message>
        <source>%1 isn't available with User Enrollment. Leave it out to send the command.</source>
        <extracomment>%1 names a command option</extracomment>
        <translation>%1 ist bei Benutzerregistrierung nicht verfügbar. Lassen Sie die Option weg, um den Befehl zu senden.</translation>
    </message>
    <message>
        <source>%1 is only available with User Enrollment. Leave it out to send the command.</source>
        <extracomment>%1 names a command option</extracomment>
        <translation>%1 ist nur bei Benutzerregistrierung verfügbar. Lassen Sie die Option weg, um den Befehl zu senden.</translation>
    </message>
    <message>
        <source>%1 isn't available on a Shared iPad. Leave it out to send the command.</source>
        <extracomment>%1 names a command option</extracomment>
        <translation>%1 ist auf einem geteilten iPad nicht verfügbar. Lassen Sie die Option weg, um den Befehl zu senden.</translation>
    </message>
    <message>
        <source>%1 is only available on a Shared iPad. Leave it out to send the command.</source>
        <extracomment>%1 names a command option</extracomment>
        <translation>%1 ist nur auf einem geteilten iPad verfügbar. Lassen Sie die Option weg, um den Befehl zu senden.</translation>
    </message>
    <message>
        <source>%1 can only be sent to the device, not to a user on it. Leave it out, or send the command to the device.</source>
        <extracomment>%1 names a command option</extracomment>
        <translation>%1 kann nur an das Gerät gesendet werden, nicht an einen Benutzer darauf. Lassen Sie die Option weg oder senden Sie den Befehl an das Gerät.</translation>
    </message>
    <message>
        <source>%1 can only be sent to a user on the device. Leave it out, or send the command to the user.</source>
        <extracomment>%1 names a command option</extracomment>
        <translation>%1 kann nur an einen Benutzer auf dem Gerät gesendet werden. Lassen Sie die Option weg oder senden Sie den Befehl an den Benutzer.</translation>
    </message>
</context>
<context>
    <name>Espalier::SecretBox</name>
    <message>
        <source>The data encryption key has the wrong size.</source>
        <translation>Der Schlüssel für die Datenverschlüsselung hat die falsche Länge.</translation>
    </message>
    <message>
        <source>The data encryption key could not be prepared.</source>
        <translation>Der Schlüssel für die Datenverschlüsselung konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The secret is too large to be stored.</source>
        <translation>Das Geheimnis ist zu groß, um gespeichert zu werden.</translation>
    </message>
    <message>
        <source>The secret could not be encrypted.</source>
        <translation>Das Geheimnis konnte nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>The stored secret is damaged.</source>
        <translation>Das gespeicherte Geheimnis ist beschädigt.</translation>
    </message>
    <message>
        <source>The stored secret was written by a newer version of Espalier.</source>
        <translation>Das gespeicherte Geheimnis wurde von einer neueren Version von Espalier geschrieben.</translation>
    </message>
    <message>
        <source>The stored secret was encrypted with a different key.</source>
        <translation>Das gespeicherte Geheimnis wurde mit einem anderen Schlüssel verschlüsselt.</translation>
    </message>
    <message>
        <source>The stored secret could not be read.</source>
        <translation>Das gespeicherte Geheimnis konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The stored secret is damaged or was altered.</source>
        <translation>Das gespeicherte Geheimnis ist beschädigt oder wurde verändert.</translation>
    </message>
</context>
<context>
    <name>Espalier::SecretStore</name>
    <message>
        <source>The keyring request was cancelled because Espalier closed its keyring connection before the request started.</source>
        <translation>Die Anfrage an den Schlüsselbund wurde abgebrochen, weil Espalier seine Verbindung zum Schlüsselbund vor dem Start der Anfrage geschlossen hat.</translation>
    </message>
    <message>
        <source>No keyring is available. Espalier keeps private keys only in the system keyring (Secret Service); start gnome-keyring or KWallet and try again.</source>
        <translation>Kein Schlüsselbund verfügbar. Espalier bewahrt private Schlüssel nur im Schlüsselbund des Systems (Secret Service) auf; starten Sie gnome-keyring oder KWallet und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keyring holds no secret named “%1”. If the keyring is locked, unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems enthält kein Geheimnis namens „%1“. Ist der Schlüsselbund gesperrt, entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keyring is locked or refused access. Unlock it (log in to the desktop again, or unlock the Login keyring in your keyring manager), let Espalier use it, and try again.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn (melden Sie sich erneut am Desktop an oder entsperren Sie den Anmelde-Schlüsselbund in Ihrer Schlüsselbundverwaltung), erlauben Sie Espalier den Zugriff und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the system keyring was refused. Allow Espalier to use the keyring when you are asked, and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert. Erlauben Sie Espalier den Zugriff, wenn Sie gefragt werden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Espalier could not store the secret “%1” in the system keyring. Check that the keyring is running and unlocked, and try again.</source>
        <translation>Espalier konnte das Geheimnis „%1“ nicht im Schlüsselbund des Systems speichern. Prüfen Sie, ob der Schlüsselbund läuft und entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Espalier could not read the secret “%1” from the system keyring. Check that the keyring is running and unlocked, and try again.</source>
        <translation>Espalier konnte das Geheimnis „%1“ nicht aus dem Schlüsselbund des Systems lesen. Prüfen Sie, ob der Schlüsselbund läuft und entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Espalier could not remove the secret “%1” from the system keyring. Check that the keyring is running and unlocked, and try again.</source>
        <translation>Espalier konnte das Geheimnis „%1“ nicht aus dem Schlüsselbund des Systems entfernen. Prüfen Sie, ob der Schlüsselbund läuft und entsperrt ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Espalier used the system keyring from two threads, which the keyring library does not support.</source>
        <translation>Espalier hat den Schlüsselbund des Systems aus zwei Threads verwendet, was die Schlüsselbund-Bibliothek nicht unterstützt.</translation>
    </message>
    <message>
        <source>Espalier cannot reach the system keyring because its event loop runs without GLib. Unset QT_NO_GLIB and start Espalier again.</source>
        <translation>Espalier erreicht den Schlüsselbund des Systems nicht, weil seine Ereignisschleife ohne GLib läuft. Entfernen Sie QT_NO_GLIB und starten Sie Espalier erneut.</translation>
    </message>
    <message>
        <source>A secret in the system keyring needs a name.</source>
        <translation>Ein Geheimnis im Schlüsselbund des Systems braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>Espalier::SecurityInfoCommand</name>
    <message>
        <source>Security Info</source>
        <translation>Sicherheitsinformationen</translation>
    </message>
</context>
<context>
    <name>Espalier::ServerIdentity</name>
    <message>
        <source>The file holds no readable certificate.</source>
        <translation>Die Datei enthält kein lesbares Zertifikat.</translation>
    </message>
    <message>
        <source>The private key does not belong to any of the certificates.</source>
        <translation>Der private Schlüssel gehört zu keinem der Zertifikate.</translation>
    </message>
    <message>
        <source>The PKCS#12 file needs both the server certificate and its key.</source>
        <translation>Die PKCS-#12-Datei muss sowohl das Serverzertifikat als auch seinen Schlüssel enthalten.</translation>
    </message>
    <message>
        <source>The server certificate and its private key are both needed.</source>
        <translation>Das Serverzertifikat und sein privater Schlüssel werden beide benötigt.</translation>
    </message>
    <message>
        <source>The private key does not belong to the server certificate.</source>
        <translation>Der private Schlüssel gehört nicht zum Serverzertifikat.</translation>
    </message>
    <message>
        <source>This is a certificate authority's certificate, not a server certificate.</source>
        <translation>Dies ist das Zertifikat einer Zertifizierungsstelle, kein Serverzertifikat.</translation>
    </message>
    <message>
        <source>The server certificate has no subject alternative name (DNS name). Apple devices ignore the common name and would refuse it.</source>
        <translation>Das Serverzertifikat hat keinen alternativen Inhabernamen (Subject Alternative Name mit DNS-Name). Apple-Geräte ignorieren den allgemeinen Namen (CN) und würden das Zertifikat ablehnen.</translation>
    </message>
    <message>
        <source>The server certificate is for %1, not for %2.</source>
        <translation>Das Serverzertifikat gilt für %1, nicht für %2.</translation>
    </message>
    <message>
        <source>The certificate is not made for TLS servers: Apple devices require the extended key usage "TLS Web Server Authentication" (serverAuth).</source>
        <translation>Das Zertifikat ist nicht für TLS-Server bestimmt: Apple-Geräte verlangen die erweiterte Schlüsselverwendung „TLS Web Server Authentication“ (serverAuth).</translation>
    </message>
    <message>
        <source>The certificate's key usage does not allow TLS.</source>
        <translation>Die Schlüsselverwendung des Zertifikats erlaubt kein TLS.</translation>
    </message>
    <message>
        <source>The certificate's key is too weak: Apple devices need RSA with at least 2048 bits, or ECC.</source>
        <translation>Der Schlüssel des Zertifikats ist zu schwach: Apple-Geräte brauchen RSA mit mindestens 2048 Bit oder ECC.</translation>
    </message>
    <message>
        <source>The certificate is not signed with SHA-2, which Apple devices require.</source>
        <translation>Das Zertifikat ist nicht mit SHA-2 signiert, was Apple-Geräte verlangen.</translation>
    </message>
    <message>
        <source>The server certificate is not valid before %1.</source>
        <translation>Das Serverzertifikat ist erst ab %1 gültig.</translation>
    </message>
    <message>
        <source>The server certificate expired on %1.</source>
        <translation>Das Serverzertifikat ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The server certificate is valid for %1 days; Apple devices refuse TLS certificates valid for more than %2 days.</source>
        <translation>Das Serverzertifikat ist %1 Tage gültig; Apple-Geräte lehnen TLS-Zertifikate ab, die länger als %2 Tage gültig sind.</translation>
    </message>
    <message>
        <source>The certificate chain is incomplete: the issuer of "%1" is missing. Add the intermediate certificates to the file, or trust its root.</source>
        <translation>Die Zertifikatskette ist unvollständig: Der Aussteller von „%1“ fehlt. Fügen Sie der Datei die Zwischenzertifikate hinzu oder vertrauen Sie dem Stammzertifikat der Kette.</translation>
    </message>
    <message>
        <source>The certificate chain does not hold: %1</source>
        <translation>Die Zertifikatskette ist nicht gültig: %1</translation>
    </message>
</context>
<context>
    <name>Espalier::ServerSettings</name>
    <message>
        <source>Enter the host name devices use to reach this server, for example mdm.example.com.</source>
        <translation>Geben Sie den Hostnamen ein, über den Geräte diesen Server erreichen, zum Beispiel mdm.example.com.</translation>
    </message>
    <message>
        <source>Enter only the host name, such as mdm.example.com, without https:// or a path.</source>
        <translation>Geben Sie nur den Hostnamen ein, etwa mdm.example.com, ohne https:// und ohne Pfad.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>%1 is not a valid host name. Use letters, digits, dots and hyphens.</source>
        <translation>%1 ist kein gültiger Hostname. Verwenden Sie Buchstaben, Ziffern, Punkte und Bindestriche.</translation>
    </message>
    <message>
        <source>The listen address must be an IP address, such as 0.0.0.0 for every network.</source>
        <translation>Die Empfangsadresse muss eine IP-Adresse sein, etwa 0.0.0.0 für alle Netzwerke.</translation>
    </message>
    <message>
        <source>The listen port must be a number from 1 to 65535.</source>
        <translation>Der Empfangsport muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>The public URL must be an https:// address with a host name and no path, such as https://mdm.example.com:8443.</source>
        <translation>Die öffentliche URL muss eine https://-Adresse mit Hostnamen und ohne Pfad sein, etwa https://mdm.example.com:8443.</translation>
    </message>
    <message>
        <source>Intervals must be between %1 minutes and %2 days.</source>
        <translation>Intervalle müssen zwischen %1 Minuten und %2 Tagen liegen.</translation>
    </message>
    <message>
        <source>The stored server settings are damaged (%1). Set them again under Settings.</source>
        <translation>Die gespeicherten Servereinstellungen sind beschädigt (%1). Legen Sie sie unter „Einstellungen“ erneut fest.</translation>
    </message>
</context>
<context>
    <name>Espalier::SettingsCommand</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Choose at least one setting to change.</source>
        <translation>Wählen Sie mindestens eine Einstellung aus, die geändert werden soll.</translation>
    </message>
    <message>
        <source>Renaming the device</source>
        <translation>Das Umbenennen des Geräts</translation>
    </message>
    <message>
        <source>The device name can't be blank.</source>
        <translation>Der Gerätename darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The device name</source>
        <translation>Der Gerätename</translation>
    </message>
    <message>
        <source>Setting the host name</source>
        <translation>Das Festlegen des Hostnamens</translation>
    </message>
    <message>
        <source>“%1” isn't a valid host name. Use letters, digits and hyphens, with dots between the parts.</source>
        <translation>„%1“ ist kein gültiger Hostname. Verwenden Sie Buchstaben, Ziffern und Bindestriche, mit Punkten zwischen den Namensteilen.</translation>
    </message>
</context>
<context>
    <name>Espalier::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>How devices reach this server and how the engine looks after them. Apply restarts the server with the new settings; the console keeps running.</source>
        <translation>Wie Geräte diesen Server erreichen und wie die Engine sie betreut. „Anwenden“ startet den Server mit den neuen Einstellungen neu; die Konsole läuft weiter.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Public URL:</source>
        <translation>Ö&amp;ffentliche URL:</translation>
    </message>
    <message>
        <source>&amp;Listen address:</source>
        <translation>&amp;Empfangsadresse:</translation>
    </message>
    <message>
        <source>Listen p&amp;ort:</source>
        <translation>Empfangs&amp;port:</translation>
    </message>
    <message>
        <source>APNs &amp;environment:</source>
        <translation>APNs-&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Inventory refresh:</source>
        <translation>&amp;Inventaraktualisierung:</translation>
    </message>
    <message>
        <source>&amp;Re-push silent devices:</source>
        <translation>E&amp;rneuter Push an stille Geräte:</translation>
    </message>
    <message>
        <source>The address in every enrollment profile. Changing it while devices are enrolled makes each of them enroll again.</source>
        <translation>Die Adresse in jedem Registrierungsprofil. Wird sie geändert, während Geräte registriert sind, muss sich jedes davon erneut registrieren.</translation>
    </message>
    <message>
        <source>Production (api.push.apple.com)</source>
        <translation>Produktion (api.push.apple.com)</translation>
    </message>
    <message>
        <source>Sandbox (api.sandbox.push.apple.com), for development</source>
        <translation>Sandbox (api.sandbox.push.apple.com), für die Entwicklung</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Devices whose inventory is older than this are asked for it again.</source>
        <translation>Geräte, deren Inventar älter ist, werden erneut danach gefragt.</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>A device that does not check in after a push is pushed again this often.</source>
        <translation>Ein Gerät, das sich nach einem Push nicht meldet, erhält in diesem Abstand erneut einen Push.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Data and setup</source>
        <translation>Daten und Einrichtung</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>The database lives in this folder; the keys live in the system keychain. To use another folder, quit Espalier, move the folder and start Espalier with --data-dir &lt;folder&gt;: the engine keeps the database open while it runs.</source>
        <translation>Die Datenbank liegt in diesem Ordner, die Schlüssel liegen im Schlüsselbund des Systems. Um einen anderen Ordner zu verwenden, beenden Sie Espalier, verschieben den Ordner und starten Espalier mit --data-dir &lt;Ordner&gt;: Die Engine hält die Datenbank geöffnet, solange sie läuft.</translation>
    </message>
    <message>
        <source>Run &amp;Setup Again…</source>
        <translation>&amp;Einrichtung erneut ausführen…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>One encrypted file with the database and the keys, to move Espalier to another computer or to recover from a lost disk.</source>
        <translation>Eine verschlüsselte Datei mit der Datenbank und den Schlüsseln, um Espalier auf einen anderen Computer umzuziehen oder nach dem Verlust eines Datenträgers wiederherzustellen.</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>The server is not set up yet. Run setup to choose its address and certificates.</source>
        <translation>Der Server ist noch nicht eingerichtet. Führen Sie die Einrichtung aus, um seine Adresse und Zertifikate festzulegen.</translation>
    </message>
    <message>
        <source>Enter an IP address, such as 0.0.0.0 for every network or 127.0.0.1 for this computer only.</source>
        <translation>Geben Sie eine IP-Adresse ein, etwa 0.0.0.0 für alle Netzwerke oder 127.0.0.1 nur für diesen Computer.</translation>
    </message>
    <message>
        <source>Enter an https:// address with a host name and no path, such as https://mdm.example.com:8443.</source>
        <translation>Geben Sie eine https://-Adresse mit Hostnamen und ohne Pfad ein, etwa https://mdm.example.com:8443.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>Korrigieren Sie zuerst die rot markierten Felder.</translation>
    </message>
    <message>
        <source>Change the Public URL?</source>
        <translation>Öffentliche URL ändern?</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled device(s) reach Espalier at %1. The address is part of their enrollment profile: after the change, each of them has to enroll again.</source>
        <translation>
            <numerusform>%n registriertes Gerät erreicht Espalier unter %1. Die Adresse ist Teil seines Registrierungsprofils: Nach der Änderung muss es sich erneut registrieren.</numerusform>
            <numerusform>%n registrierte Geräte erreichen Espalier unter %1. Die Adresse ist Teil ihres Registrierungsprofils: Nach der Änderung muss sich jedes von ihnen erneut registrieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change URL</source>
        <translation>URL ändern</translation>
    </message>
    <message>
        <source>The server certificate does not name %1. Run setup again to import one that does.</source>
        <translation>Das Serverzertifikat nennt %1 nicht. Führen Sie die Einrichtung erneut aus, um ein passendes Zertifikat zu importieren.</translation>
    </message>
    <message>
        <source>Applying the settings and restarting the server…</source>
        <translation>Einstellungen werden angewendet und der Server wird neu gestartet…</translation>
    </message>
    <message>
        <source>The settings were saved, but the server could not start with them: %1</source>
        <translation>Die Einstellungen wurden gespeichert, aber der Server konnte damit nicht starten: %1</translation>
    </message>
    <message>
        <source>Applied. %1.</source>
        <translation>Angewendet. %1.</translation>
    </message>
</context>
<context>
    <name>Espalier::SetupWizard</name>
    <message>
        <source>Choose a file first.</source>
        <translation>Wählen Sie zuerst eine Datei aus.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too big to be a certificate or key file.</source>
        <translation>%1 ist zu groß für eine Zertifikats- oder Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Set Up the Server</source>
        <translation>Server einrichten</translation>
    </message>
    <message>
        <source>Devices that can reach this address will be able to enroll.</source>
        <translation>Geräte, die diese Adresse erreichen, können sich registrieren.</translation>
    </message>
    <message>
        <source>Where devices reach this server</source>
        <translation>Wie Geräte diesen Server erreichen</translation>
    </message>
    <message>
        <source>iPhones, iPads and Macs connect to Espalier over HTTPS at a host name and port. Use a name that resolves to this computer from wherever the devices are, and forward the port to it if there is a router between.</source>
        <translation>iPhones, iPads und Macs verbinden sich über HTTPS mit Espalier, unter einem Hostnamen und Port. Verwenden Sie einen Namen, der von überall, wo sich die Geräte befinden, zu diesem Computer aufgelöst wird, und leiten Sie den Port an ihn weiter, falls ein Router dazwischen liegt.</translation>
    </message>
    <message>
        <source>mdm.example.com</source>
        <translation>mdm.example.com</translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>The address is written into every enrollment profile. Changing it later means every enrolled device has to enroll again, so choose a name that will last. Espalier listens on the same port on every network of this computer; Settings can change that.</source>
        <translation>Die Adresse wird in jedes Registrierungsprofil geschrieben. Wird sie später geändert, muss sich jedes registrierte Gerät erneut registrieren; wählen Sie daher einen Namen, der Bestand hat. Espalier nimmt auf allen Netzwerken dieses Computers Verbindungen am selben Port an; dies lässt sich unter „Einstellungen“ ändern.</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Espalier's certificate authority (CA) issues each device its identity when it enrolls, and can issue the server's own certificate.</source>
        <translation>Die Zertifizierungsstelle (CA) von Espalier stellt jedem Gerät bei der Registrierung seine Identität aus und kann auch das Zertifikat des Servers selbst ausstellen.</translation>
    </message>
    <message>
        <source>&amp;Keep the current CA</source>
        <translation>Aktuelle CA &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Create a new CA for Espalier (recommended)</source>
        <translation>Neue CA für Espalier &amp;erstellen (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Import a CA I already have</source>
        <translation>Vorhandene CA &amp;importieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.key *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate und Schlüssel (*.pem *.crt *.cer *.key *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CA certificate (PEM or PKCS#12):</source>
        <translation>CA-Zertifikat (PEM oder PKCS#12):</translation>
    </message>
    <message>
        <source>Choose the CA Certificate</source>
        <translation>CA-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>Private key (PEM; not needed for PKCS#12):</source>
        <translation>Privater Schlüssel (PEM; für PKCS#12 nicht erforderlich):</translation>
    </message>
    <message>
        <source>Choose the CA Key</source>
        <translation>CA-Schlüssel auswählen</translation>
    </message>
    <message>
        <source>Password or passphrase:</source>
        <translation>Passwort oder Passphrase:</translation>
    </message>
    <message>
        <source>Replacing the CA that enrolled devices got their identities from makes them unable to connect until they enroll again. The CA's private key is kept in the system keychain, never in Espalier's database.</source>
        <translation>Wird die CA ersetzt, von der registrierte Geräte ihre Identitäten erhalten haben, können diese sich erst wieder verbinden, wenn sie sich erneut registrieren. Der private Schlüssel der CA wird im Schlüsselbund des Systems aufbewahrt, nie in der Datenbank von Espalier.</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>Devices check this certificate every time they connect. It must name the host and be trusted by the devices.</source>
        <translation>Geräte prüfen dieses Zertifikat bei jeder Verbindung. Es muss den Host nennen und von den Geräten als vertrauenswürdig eingestuft werden.</translation>
    </message>
    <message>
        <source>&amp;Keep the current certificate</source>
        <translation>Aktuelles Zertifikat &amp;behalten</translation>
    </message>
    <message>
        <source>I&amp;ssue one from Espalier's CA</source>
        <translation>Von der CA von Espalier au&amp;sstellen lassen</translation>
    </message>
    <message>
        <source>&lt;b&gt;iPhones and iPads will not trust this certificate by themselves.&lt;/b&gt; The enrollment profile carries Espalier's CA, and the device trusts it once the profile is installed, so enrollment works. Safari and other apps on the device will still warn about the server until the user turns on full trust for the CA in Settings › General › About › Certificate Trust Settings. A certificate from a public authority avoids that.</source>
        <translation>&lt;b&gt;iPhones und iPads vertrauen diesem Zertifikat nicht von sich aus.&lt;/b&gt; Das Registrierungsprofil enthält die CA von Espalier, und das Gerät vertraut ihr, sobald das Profil installiert ist; die Registrierung funktioniert also. Safari und andere Apps auf dem Gerät warnen jedoch weiterhin vor dem Server, bis der Benutzer unter Einstellungen › Allgemein › Info › Zertifikatsvertrauenseinstellungen volles Vertrauen für die CA aktiviert. Ein Zertifikat einer öffentlichen Zertifizierungsstelle vermeidet das.</translation>
    </message>
    <message>
        <source>&amp;Import a certificate I already have</source>
        <translation>Vorhandenes Zertifikat &amp;importieren</translation>
    </message>
    <message>
        <source>Certificate with its chain (PEM or PKCS#12):</source>
        <translation>Zertifikat mit seiner Kette (PEM oder PKCS#12):</translation>
    </message>
    <message>
        <source>Choose the Server Certificate</source>
        <translation>Serverzertifikat auswählen</translation>
    </message>
    <message>
        <source>Choose the Server Key</source>
        <translation>Serverschlüssel auswählen</translation>
    </message>
    <message>
        <source>Save and check</source>
        <translation>Speichern und prüfen</translation>
    </message>
    <message>
        <source>Espalier saves your choices, restarts its server with them and checks from this computer that the server answers at its address.</source>
        <translation>Espalier speichert Ihre Auswahl, startet seinen Server damit neu und prüft von diesem Computer aus, ob der Server unter seiner Adresse antwortet.</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Push certificate</source>
        <translation>Push-Zertifikat</translation>
    </message>
    <message>
        <source>The server is set up. One step remains before Espalier can wake devices: Apple's push certificate.</source>
        <translation>Der Server ist eingerichtet. Ein Schritt fehlt noch, bevor Espalier Geräte aufwecken kann: das Push-Zertifikat von Apple.</translation>
    </message>
    <message>
        <source>Without a push certificate, devices still enroll, but they fetch commands only when they check in by themselves, which can take hours. Getting one takes an Apple ID and a few minutes in Apple's Push Certificates Portal; Espalier guides you through it. You can also do this later under Certificates.</source>
        <translation>Ohne Push-Zertifikat können sich Geräte zwar registrieren, holen Befehle aber nur ab, wenn sie sich von selbst melden, was Stunden dauern kann. Für ein Push-Zertifikat brauchen Sie eine Apple ID und ein paar Minuten im Apple Push Certificates Portal; Espalier führt Sie durch die Schritte. Sie können dies auch später unter „Zertifikate“ erledigen.</translation>
    </message>
    <message>
        <source>Set Up the &amp;Push Certificate…</source>
        <translation>&amp;Push-Zertifikat einrichten…</translation>
    </message>
    <message>
        <source>Every choice made here can be changed later under Settings, where "Run Setup Again…" opens this wizard.</source>
        <translation>Jede hier getroffene Auswahl lässt sich später unter „Einstellungen“ ändern, wo „Einrichtung erneut ausführen…“ diesen Assistenten öffnet.</translation>
    </message>
    <message>
        <source>%1, valid until %2.</source>
        <translation>%1, gültig bis %2.</translation>
    </message>
    <message>
        <source>%1, issued by %2, valid until %3.</source>
        <translation>%1, ausgestellt von %2, gültig bis %3.</translation>
    </message>
    <message>
        <source>Change the Server Address?</source>
        <translation>Serveradresse ändern?</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled device(s) reach Espalier at %1. The address is part of their enrollment profile: after the change, each of them has to enroll again.</source>
        <translation>
            <numerusform>%n registriertes Gerät erreicht Espalier unter %1. Die Adresse ist Teil seines Registrierungsprofils: Nach der Änderung muss es sich erneut registrieren.</numerusform>
            <numerusform>%n registrierte Geräte erreichen Espalier unter %1. Die Adresse ist Teil ihres Registrierungsprofils: Nach der Änderung muss sich jedes von ihnen erneut registrieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Address</source>
        <translation>Adresse ändern</translation>
    </message>
    <message>
        <source>Replace the Certificate Authority?</source>
        <translation>Zertifizierungsstelle ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled device(s) hold identities from the current CA. With another CA they cannot connect until they enroll again.</source>
        <translation>
            <numerusform>%n registriertes Gerät hat eine Identität von der aktuellen CA. Mit einer anderen CA kann es sich erst wieder verbinden, wenn es sich erneut registriert.</numerusform>
            <numerusform>%n registrierte Geräte haben Identitäten von der aktuellen CA. Mit einer anderen CA können sie sich erst wieder verbinden, wenn sie sich erneut registrieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace CA</source>
        <translation>CA ersetzen</translation>
    </message>
    <message>
        <source>There is no current certificate to keep.</source>
        <translation>Es gibt kein aktuelles Zertifikat, das behalten werden könnte.</translation>
    </message>
    <message>
        <source>The current certificate does not name %1, so devices would refuse it. Issue a new one or import one that names this host.</source>
        <translation>Das aktuelle Zertifikat nennt %1 nicht, daher würden Geräte es ablehnen. Stellen Sie ein neues aus oder importieren Sie eines, das diesen Host nennt.</translation>
    </message>
    <message>
        <source>The current certificate was issued by the CA you are replacing, which devices will no longer trust. Issue a new one from the new CA.</source>
        <translation>Das aktuelle Zertifikat wurde von der CA ausgestellt, die Sie ersetzen und der die Geräte nicht mehr vertrauen werden. Stellen Sie ein neues von der neuen CA aus.</translation>
    </message>
    <message>
        <source>This certificate comes from a private CA (%1). Devices must be told to trust that CA before they enroll, for example with a profile from your own CA.</source>
        <translation>Dieses Zertifikat stammt von einer privaten CA (%1). Geräte müssen dieser CA vertrauen, bevor sie sich registrieren, zum Beispiel über ein Profil Ihrer eigenen CA.</translation>
    </message>
    <message>
        <source>keep the current CA</source>
        <translation>die aktuelle CA behalten</translation>
    </message>
    <message>
        <source>create a new CA</source>
        <translation>eine neue CA erstellen</translation>
    </message>
    <message>
        <source>use the imported CA %1</source>
        <translation>die importierte CA %1 verwenden</translation>
    </message>
    <message>
        <source>keep the current server certificate</source>
        <translation>das aktuelle Serverzertifikat behalten</translation>
    </message>
    <message>
        <source>issue a server certificate from the CA</source>
        <translation>ein Serverzertifikat von der CA ausstellen</translation>
    </message>
    <message>
        <source>use the imported certificate %1</source>
        <translation>das importierte Zertifikat %1 verwenden</translation>
    </message>
    <message>
        <source>Devices will connect to %1. Espalier will %2 and %3.</source>
        <translation>Geräte verbinden sich mit %1. Espalier wird %2 und %3.</translation>
    </message>
    <message>
        <source>Saving and restarting the server…</source>
        <translation>Speichern und Neustart des Servers…</translation>
    </message>
    <message>
        <source>The server could not start with these settings: %1 Go back to change them.</source>
        <translation>Der Server konnte mit diesen Einstellungen nicht starten: %1 Gehen Sie zurück, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Saved. %1.</source>
        <translation>Gespeichert. %1.</translation>
    </message>
    <message>
        <source>Checking %1 from this computer…</source>
        <translation>%1 wird von diesem Computer aus geprüft…</translation>
    </message>
</context>
<context>
    <name>Espalier::ShutDownDeviceCommand</name>
    <message>
        <source>Shut Down Device</source>
        <translation>Gerät ausschalten</translation>
    </message>
</context>
<context>
    <name>Espalier::StateBackup</name>
    <message>
        <source>The keyring request was cancelled.</source>
        <translation>Die Anfrage an den Schlüsselbund wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The copy of the database made for the backup is unreadable.</source>
        <translation>Die für die Sicherung erstellte Kopie der Datenbank ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The backup could not be saved to %1. Choose a folder you can write to.</source>
        <translation>Die Sicherung konnte nicht unter %1 gespeichert werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>The backup could not be saved to %1. Check that there is enough space.</source>
        <translation>Die Sicherung konnte nicht unter %1 gespeichert werden. Prüfen Sie, ob genügend Speicherplatz frei ist.</translation>
    </message>
    <message>
        <source>The backup file %1 cannot be read.</source>
        <translation>Die Sicherungsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file %1 is too large to be an Espalier backup.</source>
        <translation>Die Datei %1 ist zu groß für eine Espalier-Sicherung.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Espalier. Restore it with that version or a later one.</source>
        <translation>Diese Sicherung wurde mit einer neueren Version von Espalier erstellt. Stellen Sie sie mit dieser oder einer späteren Version wieder her.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Der Datenordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>There is not enough room in the data folder to restore the backup.</source>
        <translation>Im Datenordner ist nicht genügend Platz, um die Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>The database in the backup is damaged; it was not restored.</source>
        <translation>Die Datenbank in der Sicherung ist beschädigt; sie wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>The database could not be restored. The previous state was kept.</source>
        <translation>Die Datenbank konnte nicht wiederhergestellt werden. Der vorherige Stand wurde beibehalten.</translation>
    </message>
</context>
<context>
    <name>Espalier::VendorSigning</name>
    <message>
        <source>This file is not a signed push certificate request.</source>
        <translation>Diese Datei ist keine signierte Push-Zertifikatsanforderung.</translation>
    </message>
    <message>
        <source>The MDM vendor identity could not be opened: %1</source>
        <translation>Die MDM-Anbieteridentität konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file holds no certificate.</source>
        <translation>Die Datei enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>There is no MDM vendor certificate.</source>
        <translation>Es gibt kein MDM-Anbieterzertifikat.</translation>
    </message>
    <message>
        <source>The chain of the MDM vendor certificate is too long to be Apple's.</source>
        <translation>Die Kette des MDM-Anbieterzertifikats ist zu lang, um von Apple zu stammen.</translation>
    </message>
    <message>
        <source>The chain of the MDM vendor certificate is incomplete: the certificate of "%1", which issued "%2", is missing. Apple's portal needs the whole chain up to the root: add Apple's WWDR intermediate certificate (AppleWWDRCAG3.cer) and the Apple Inc. Root certificate (AppleIncRootCertificate.cer), both from apple.com/certificateauthority.</source>
        <translation>Die Kette des MDM-Anbieterzertifikats ist unvollständig: Das Zertifikat von „%1“ (Aussteller von „%2“) fehlt. Apples Portal braucht die gesamte Kette bis zum Stammzertifikat: Fügen Sie Apples WWDR-Zwischenzertifikat (AppleWWDRCAG3.cer) und das Apple Inc. Root-Zertifikat (AppleIncRootCertificate.cer) hinzu, beide von apple.com/certificateauthority.</translation>
    </message>
    <message>
        <source>The file holds no certificate with its private key.</source>
        <translation>Die Datei enthält kein Zertifikat mit zugehörigem privatem Schlüssel.</translation>
    </message>
    <message>
        <source>The private key in the file does not belong to its certificate.</source>
        <translation>Der private Schlüssel in der Datei gehört nicht zu ihrem Zertifikat.</translation>
    </message>
    <message>
        <source>The MDM vendor certificate "%1" expired on %2. Create a new one (MDM CSR) in your Apple Developer account, and export it with its key as a .p12 file.</source>
        <translation>Das MDM-Anbieterzertifikat „%1“ ist am %2 abgelaufen. Erstellen Sie in Ihrem Apple Developer Account ein neues (MDM CSR) und exportieren Sie es mit seinem Schlüssel als .p12-Datei.</translation>
    </message>
    <message>
        <source>The MDM vendor certificate "%1" is not valid until %2. Check that this computer's date and time are right.</source>
        <translation>Das MDM-Anbieterzertifikat „%1“ ist erst ab %2 gültig. Prüfen Sie, ob Datum und Uhrzeit dieses Computers stimmen.</translation>
    </message>
    <message>
        <source>The MDM vendor certificate expires on %1. Renew it in your Apple Developer account soon; requests it signed stay valid.</source>
        <translation>Das MDM-Anbieterzertifikat läuft am %1 ab. Erneuern Sie es bald in Ihrem Apple Developer Account; damit signierte Anforderungen bleiben gültig.</translation>
    </message>
    <message>
        <source>Apple's portal accepts only requests signed with an RSA key, and this vendor key is not RSA.</source>
        <translation>Apples Portal akzeptiert nur Anforderungen, die mit einem RSA-Schlüssel signiert sind, und dieser Anbieterschlüssel ist kein RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>"%1" is the certificate of a certificate authority, not an MDM vendor certificate.</source>
        <translation>„%1“ ist das Zertifikat einer Zertifizierungsstelle, kein MDM-Anbieterzertifikat.</translation>
    </message>
    <message>
        <source>The certificate "%1" may not be used for signatures.</source>
        <translation>Das Zertifikat „%1“ darf nicht für Signaturen verwendet werden.</translation>
    </message>
    <message>
        <source>"%1" does not look like an MDM vendor certificate: Apple names those "MDM Vendor: &lt;company&gt;". Apple's portal refuses requests signed with any other kind of certificate, such as a developer or push certificate.</source>
        <translation>„%1“ sieht nicht wie ein MDM-Anbieterzertifikat aus: Apple benennt diese „MDM Vendor: &lt;company&gt;“. Apples Portal lehnt Anforderungen ab, die mit einer anderen Art von Zertifikat signiert sind, etwa mit einem Entwickler- oder Push-Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate "%1" in the chain is not valid now (it is valid from %2 to %3). Download the current one from apple.com/certificateauthority.</source>
        <translation>Das Zertifikat „%1“ in der Kette ist derzeit nicht gültig (es gilt von %2 bis %3). Laden Sie das aktuelle von apple.com/certificateauthority herunter.</translation>
    </message>
    <message>
        <source>The push certificate request is damaged; start a new one.</source>
        <translation>Die Push-Zertifikatsanforderung ist beschädigt; beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The certificate chain in the signed request is out of order or broken; Apple's portal would refuse it.</source>
        <translation>Die Zertifikatskette in der signierten Anforderung ist falsch geordnet oder unterbrochen; Apples Portal würde sie ablehnen.</translation>
    </message>
    <message>
        <source>The signature in the signed request does not match its certificate request: the file was changed, or signed with another key.</source>
        <translation>Die Signatur in der signierten Anforderung passt nicht zu ihrer Zertifikatsanforderung: Die Datei wurde verändert oder mit einem anderen Schlüssel signiert.</translation>
    </message>
</context>
<context>
    <name>Espalier::VendorSigningService</name>
    <message>
        <source>This file is not the reply of a CSR-signing service. Pick the file the service sent back: hex text of encrypted data.</source>
        <translation>Diese Datei ist nicht die Antwort eines CSR-Signierdienstes. Wählen Sie die Datei, die der Dienst zurückgeschickt hat: Hex-Text mit verschlüsselten Daten.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This reply is not encrypted to this request: it belongs to another request, or the file was changed on the way. Send this request's CSR and certificate to the service again, and import the reply to that.</source>
        <translation>Diese Antwort ist nicht für diese Anforderung verschlüsselt: Sie gehört zu einer anderen Anforderung, oder die Datei wurde unterwegs verändert. Senden Sie CSR und Zertifikat dieser Anforderung erneut an den Dienst und importieren Sie die Antwort darauf.</translation>
    </message>
    <message>
        <source>The reply decrypted, but it holds no usable signed request: %1</source>
        <translation>Die Antwort wurde entschlüsselt, enthält aber keine brauchbare signierte Anforderung: %1</translation>
    </message>
    <message>
        <source>The service signed a different certificate request, not this one. Import the reply that belongs to this request, or send this request's CSR to the service again.</source>
        <translation>Der Dienst hat eine andere Zertifikatsanforderung signiert, nicht diese. Importieren Sie die Antwort, die zu dieser Anforderung gehört, oder senden Sie den CSR dieser Anforderung erneut an den Dienst.</translation>
    </message>
</context>
<context>
    <name>Espalier::X509Fields</name>
    <message>
        <source>The country must be a two-letter code such as "US".</source>
        <translation>Das Land muss ein Code aus zwei Buchstaben sein, etwa „DE“.</translation>
    </message>
    <message>
        <source>The name could not be built.</source>
        <translation>Der Name konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The name field "%1" is too long or not allowed there.</source>
        <translation>Das Namensfeld „%1“ ist zu lang oder dort nicht erlaubt.</translation>
    </message>
    <message>
        <source>The alternative names could not be built.</source>
        <translation>Die alternativen Namen konnten nicht erstellt werden.</translation>
    </message>
    <message>
        <source>"%1" is not a valid DNS name.</source>
        <translation>„%1“ ist kein gültiger DNS-Name.</translation>
    </message>
    <message>
        <source>"%1" is not a valid IP address.</source>
        <translation>„%1“ ist keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <source>"%1" is not a valid e-mail address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>"%1" is not a valid URI.</source>
        <translation>„%1“ ist kein gültiger URI.</translation>
    </message>
    <message>
        <source>The key usage could not be built.</source>
        <translation>Die Schlüsselverwendung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The extended key usage could not be built.</source>
        <translation>Die erweiterte Schlüsselverwendung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The extensions could not be built.</source>
        <translation>Die Erweiterungen konnten nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>InventoryRepository</name>
    <message>
        <source>The device has no inventory yet.</source>
        <translation>Für das Gerät gibt es noch kein Inventar.</translation>
    </message>
    <message>
        <source>The installed apps could not be saved.</source>
        <translation>Die installierten Apps konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The installed profiles could not be saved.</source>
        <translation>Die installierten Profile konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The installed certificates could not be saved.</source>
        <translation>Die installierten Zertifikate konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The installed apps could not be read.</source>
        <translation>Die installierten Apps konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The installed profiles could not be read.</source>
        <translation>Die installierten Profile konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The installed certificates could not be read.</source>
        <translation>Die installierten Zertifikate konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>The command is no longer in the queue.</source>
        <translation>Der Befehl ist nicht mehr in der Warteschlange.</translation>
    </message>
    <message>
        <source>The device refused the command.</source>
        <translation>Das Gerät hat den Befehl abgelehnt.</translation>
    </message>
    <message>
        <source>The device could not read the command (format error).</source>
        <translation>Das Gerät konnte den Befehl nicht lesen (Formatfehler).</translation>
    </message>
    <message>
        <source>The device did not ask for the command before it expired.</source>
        <translation>Das Gerät hat den Befehl nicht abgerufen, bevor er abgelaufen ist.</translation>
    </message>
    <message>
        <source>The command was cancelled.</source>
        <translation>Der Befehl wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The device's profile list could not be read.</source>
        <translation>Die Profilliste des Geräts konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The profile is no longer on the device: someone removed it there. Install it again to restore it.</source>
        <translation>Das Profil ist nicht mehr auf dem Gerät: Es wurde dort entfernt. Installieren Sie es erneut, um es wiederherzustellen.</translation>
    </message>
    <message>
        <source>A profile needs an identifier (PayloadIdentifier) and content.</source>
        <translation>Ein Profil braucht eine Kennung (PayloadIdentifier) und einen Inhalt.</translation>
    </message>
    <message>
        <source>Another stored profile already has the identifier %1. Give this profile its own PayloadIdentifier, or edit the other one.</source>
        <translation>Ein anderes gespeichertes Profil hat bereits die Kennung %1. Geben Sie diesem Profil einen eigenen PayloadIdentifier oder bearbeiten Sie das andere.</translation>
    </message>
    <message>
        <source>The profile was deleted in the meantime.</source>
        <translation>Das Profil wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>The profile could not be saved.</source>
        <translation>Das Profil konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The profile could not be deleted.</source>
        <translation>Das Profil konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The profile's device status could not be saved.</source>
        <translation>Der Gerätestatus des Profils konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The profiles' device status could not be updated.</source>
        <translation>Der Gerätestatus der Profile konnte nicht aktualisiert werden.</translation>
    </message>
</context>
<context>
    <name>PushCertificateRepository</name>
    <message>
        <source>The push certificate record is incomplete.</source>
        <translation>Der Push-Zertifikatseintrag ist unvollständig.</translation>
    </message>
    <message>
        <source>This is not an MDM push certificate: its topic is "%1".</source>
        <translation>Dies ist kein MDM-Push-Zertifikat: Sein Topic ist „%1“.</translation>
    </message>
    <message>
        <source>This push certificate is stored already.</source>
        <translation>Dieses Push-Zertifikat ist bereits gespeichert.</translation>
    </message>
    <message>
        <source>The push certificate could not be saved.</source>
        <translation>Das Push-Zertifikat konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The push certificate does not exist.</source>
        <translation>Das Push-Zertifikat gibt es nicht.</translation>
    </message>
    <message>
        <source>This push certificate was retired and cannot be used again.</source>
        <translation>Dieses Push-Zertifikat wurde außer Dienst gestellt und kann nicht wieder verwendet werden.</translation>
    </message>
    <message>
        <source>The push certificate could not be activated.</source>
        <translation>Das Push-Zertifikat konnte nicht aktiviert werden.</translation>
    </message>
    <message>
        <source>The push certificate could not be retired.</source>
        <translation>Das Push-Zertifikat konnte nicht außer Dienst gestellt werden.</translation>
    </message>
    <message>
        <source>The push certificates could not be read.</source>
        <translation>Die Push-Zertifikate konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>PushCertificateRequestRepository</name>
    <message>
        <source>A stored push certificate request is in an unknown form.</source>
        <translation>Eine gespeicherte Push-Zertifikatsanforderung hat ein unbekanntes Format.</translation>
    </message>
    <message>
        <source>The push certificate request is incomplete.</source>
        <translation>Die Push-Zertifikatsanforderung ist unvollständig.</translation>
    </message>
    <message>
        <source>A renewal needs the topic of the certificate it renews, and only a renewal has one.</source>
        <translation>Eine Erneuerung braucht das Topic des Zertifikats, das sie erneuert, und nur eine Erneuerung hat eines.</translation>
    </message>
    <message>
        <source>Another push certificate request is in progress. Resume it, or discard it first.</source>
        <translation>Eine andere Push-Zertifikatsanforderung ist in Bearbeitung. Setzen Sie sie fort oder verwerfen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>The push certificate request could not be saved.</source>
        <translation>Die Push-Zertifikatsanforderung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The encryption key and its certificate are both needed.</source>
        <translation>Der Verschlüsselungsschlüssel und sein Zertifikat werden beide benötigt.</translation>
    </message>
    <message>
        <source>The signed request is empty.</source>
        <translation>Die signierte Anforderung ist leer.</translation>
    </message>
    <message>
        <source>A completed request needs its certificate.</source>
        <translation>Eine abgeschlossene Anforderung braucht ihr Zertifikat.</translation>
    </message>
    <message>
        <source>The push certificate request does not exist.</source>
        <translation>Die Push-Zertifikatsanforderung gibt es nicht.</translation>
    </message>
    <message>
        <source>This push certificate request is finished; start a new one.</source>
        <translation>Diese Push-Zertifikatsanforderung ist abgeschlossen; beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>The push certificate requests could not be read.</source>
        <translation>Die Push-Zertifikatsanforderungen konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>The settings could not be read.</source>
        <translation>Die Einstellungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>StaleInventoryRepository</name>
    <message>
        <source>The inventory dates could not be read.</source>
        <translation>Die Inventardaten konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keep the database in &lt;folder&gt; instead of the standard data folder.</source>
        <translation>Die Datenbank in &lt;Ordner&gt; statt im Standard-Datenordner ablegen.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Once the engine has started, save a picture of the main window to &lt;file&gt; (PNG) and quit.</source>
        <translation>Nach dem Start der Engine ein Bild des Hauptfensters als &lt;Datei&gt; (PNG) sichern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Open the section &lt;name&gt;: %1.</source>
        <translation>Den Bereich &lt;Name&gt; öffnen: %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt;, for example de, instead of the system's.</source>
        <translation>Die Sprache &lt;Code&gt; statt der des Systems verwenden, zum Beispiel de.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Apple device management console</source>
        <translation>Konsole zur Verwaltung von Apple-Geräten</translation>
    </message>
    <message>
        <source>Cannot save the screenshot to %1.</source>
        <translation>Das Bildschirmfoto kann nicht unter %1 gesichert werden.</translation>
    </message>
    <message>
        <source>The data folder must not be empty.</source>
        <translation>Die Angabe des Datenordners darf nicht leer sein.</translation>
    </message>
    <message>
        <source>There is no section called %1. Choose one of: %2.</source>
        <translation>Es gibt keinen Bereich namens %1. Wählen Sie einen von: %2.</translation>
    </message>
    <message>
        <source>The engine did not report how it started; no screenshot was taken.</source>
        <translation>Die Engine hat ihren Start nicht gemeldet; es wurde kein Bildschirmfoto erstellt.</translation>
    </message>
</context>
</TS>
