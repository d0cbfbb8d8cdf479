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
        <source>The audit log&apos;s chain head is missing.</source>
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
        <source>The audit log&apos;s chain head does not match entry %1.</source>
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
        <source>This device&apos;s identity certificate already belongs to another enrollment.</source>
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
        <source>Free software under the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Freie Software unter der &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, Version 3 oder neuer (GPL-3.0-or-later).</translation>
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
        <source>The request has an unknown field &quot;%1&quot;. Known fields: %2.</source>
        <translation>Die Anfrage enthält das unbekannte Feld „%1“. Bekannte Felder: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an ISO 8601 time such as 2026-05-01T12:00:00Z.</source>
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
        <source>Send &quot;Authorization: Bearer &lt;token&gt;&quot; with the token from the admin token file.</source>
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
        <source>Unknown query parameter &quot;%1&quot;. Known parameters: %2.</source>
        <translation>Unbekannter Abfrageparameter „%1“. Bekannte Parameter: %2.</translation>
    </message>
    <message>
        <source>Unknown command state &quot;%1&quot;. States: %2.</source>
        <translation>Unbekannter Befehlsstatus „%1“. Mögliche Werte: %2.</translation>
    </message>
    <message>
        <source>&quot;limit&quot; must be a number from 1 to %1.</source>
        <translation>„limit“ muss eine Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>The enrollment &quot;%1&quot; does not exist.</source>
        <translation>Die Registrierung „%1“ gibt es nicht.</translation>
    </message>
    <message>
        <source>The command %1 does not exist.</source>
        <translation>Den Befehl %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Clear Passcode is not available through this engine&apos;s admin API: it has no access to the escrowed unlock tokens.</source>
        <translation>Der Befehl „Code löschen“ ist über die Admin-API dieser Engine nicht verfügbar, weil sie keinen Zugriff auf die hinterlegten Unlock-Tokens hat.</translation>
    </message>
    <message>
        <source>&quot;enrollments&quot; must be a non-empty list of enrollment ids.</source>
        <translation>„enrollments“ muss eine nicht leere Liste von Registrierungs-IDs sein.</translation>
    </message>
    <message>
        <source>One request may name at most %1 enrollments.</source>
        <translation>Eine Anfrage darf höchstens %1 Registrierungen nennen.</translation>
    </message>
    <message>
        <source>Give either &quot;type&quot; (with &quot;params&quot;) or &quot;raw&quot;.</source>
        <translation>Geben Sie entweder „type“ (mit „params“) oder „raw“ an.</translation>
    </message>
    <message>
        <source>&quot;params&quot; belongs to a typed command; a raw command carries its keys in its property list.</source>
        <translation>„params“ gehört zu einem Befehl mit „type“; ein Rohbefehl („raw“) enthält seine Schlüssel in seiner Eigenschaftsliste.</translation>
    </message>
    <message>
        <source>&quot;type&quot; must be a string.</source>
        <translation>„type“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&quot;params&quot; must be a JSON object.</source>
        <translation>„params“ muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;raw&quot; must be a property list encoded as base64.</source>
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
        <source>The enrollment &quot;%1&quot; has checked out; the device is no longer enrolled.</source>
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
        <source>&quot;label&quot; must be a string.</source>
        <translation>„label“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&quot;max_uses&quot; must be a whole number.</source>
        <translation>„max_uses“ muss eine ganze Zahl sein.</translation>
    </message>
</context>
<context>
    <name>Espalier::AdminCommandFactory</name>
    <message>
        <source>&quot;%1&quot; is not a command type the admin API knows. Supported types: %2.</source>
        <translation>„%1“ ist kein Befehlstyp, den die Admin-API kennt. Unterstützte Typen: %2.</translation>
    </message>
    <message>
        <source>%1 takes no parameters, but got &quot;%2&quot;.</source>
        <translation>%1 erwartet keine Parameter, erhalten wurde aber „%2“.</translation>
    </message>
    <message>
        <source>%1 has no parameter &quot;%2&quot;. It takes: %3.</source>
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
        <source>The parameter &quot;%1&quot; of %2 must be %3.</source>
        <translation>Der Parameter „%1“ von %2 muss %3 sein.</translation>
    </message>
    <message>
        <source>The parameter &quot;%1&quot; of %2 must be one of: %3.</source>
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
        <source>The admin token file %1 can be read or changed by other users. Make it private with &quot;chmod 600 %1&quot;, then start again.</source>
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
        <source>The admin API needs a token file; set one in the engine&apos;s settings.</source>
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
        <source>The push certificate&apos;s key cannot be used for TLS.</source>
        <translation>Der Schlüssel des Push-Zertifikats kann nicht für TLS verwendet werden.</translation>
    </message>
    <message>
        <source>The device has no push token.</source>
        <translation>Das Gerät hat kein Push-Token.</translation>
    </message>
    <message>
        <source>The device&apos;s push token is too long.</source>
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
        <source>The device&apos;s PushMagic is too long.</source>
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
        <source>Apple&apos;s push service did not answer in time. The push will be sent again.</source>
        <translation>Der Push-Dienst von Apple hat nicht rechtzeitig geantwortet. Der Push wird erneut gesendet.</translation>
    </message>
    <message>
        <source>Could not connect to Apple&apos;s push service. The firewall must allow outbound connections to 17.0.0.0/8 on port 443 or 2197. The push will be sent again.</source>
        <translation>Keine Verbindung zum Push-Dienst von Apple möglich. Die Firewall muss ausgehende Verbindungen zu 17.0.0.0/8 auf Port 443 oder 2197 zulassen. Der Push wird erneut gesendet.</translation>
    </message>
    <message>
        <source>The connection to Apple&apos;s push service broke before it answered. The push will be sent again.</source>
        <translation>Die Verbindung zum Push-Dienst von Apple wurde vor dessen Antwort unterbrochen. Der Push wird erneut gesendet.</translation>
    </message>
    <message>
        <source>Apple&apos;s push service refused the push certificate when connecting: it may have expired or been revoked. Renew the push certificate.</source>
        <translation>Der Push-Dienst von Apple hat das Push-Zertifikat beim Verbindungsaufbau abgelehnt: Es ist möglicherweise abgelaufen oder wurde widerrufen. Erneuern Sie das Push-Zertifikat.</translation>
    </message>
    <message>
        <source>The device&apos;s push token is not valid. It will be used again after the device sends a new one.</source>
        <translation>Das Push-Token des Geräts ist ungültig. Pushes an das Gerät werden erst wieder gesendet, wenn es ein neues Token sendet.</translation>
    </message>
    <message>
        <source>The device&apos;s push token belongs to another push certificate. The device must enroll again.</source>
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
        <source>The device&apos;s push token has expired. The device must send a new one.</source>
        <translation>Das Push-Token des Geräts ist abgelaufen. Das Gerät muss ein neues senden.</translation>
    </message>
    <message>
        <source>Too many pushes went to this device in a short time. The push will be sent again later.</source>
        <translation>In kurzer Zeit wurden zu viele Pushes an dieses Gerät gesendet. Der Push wird später erneut gesendet.</translation>
    </message>
    <message>
        <source>Apple&apos;s push server is shutting down. The push will be sent again.</source>
        <translation>Der Push-Server von Apple wird gerade heruntergefahren. Der Push wird erneut gesendet.</translation>
    </message>
    <message>
        <source>Apple&apos;s push service is unavailable for the moment. The push will be sent again later.</source>
        <translation>Der Push-Dienst von Apple ist momentan nicht verfügbar. Der Push wird später erneut gesendet.</translation>
    </message>
    <message>
        <source>Apple&apos;s push service had an internal error. The push will be sent again later.</source>
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
        <comment>the audit entry&apos;s number in the chain</comment>
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
        <comment>device name, then the audit entry&apos;s raw target</comment>
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
        <source>The device&apos;s key is too weak: RSA needs at least 2048 bits, EC at least 256.</source>
        <translation>Der Schlüssel des Geräts ist zu schwach: RSA braucht mindestens 2048 Bit, EC mindestens 256.</translation>
    </message>
    <message>
        <source>The certificate request names no subject.</source>
        <translation>Die Zertifikatsanforderung nennt keinen Inhaber.</translation>
    </message>
    <message>
        <source>A server certificate needs the server&apos;s DNS name or IP address.</source>
        <translation>Ein Serverzertifikat braucht den DNS-Namen oder die IP-Adresse des Servers.</translation>
    </message>
    <message>
        <source>The DNS name &quot;%1&quot; is not valid.</source>
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
    <name>Espalier::CertificatesPage</name>
    <message>
        <source>No certificates yet</source>
        <translation>Noch keine Zertifikate</translation>
    </message>
    <message>
        <source>The server’s TLS certificate, the certificate authority that issues device identities and the Apple push certificate will appear here with their expiry dates. Setting them up is not available in this version yet.</source>
        <translation>Das TLS-Zertifikat des Servers, die Zertifizierungsstelle für Geräteidentitäten und das Apple-Push-Zertifikat erscheinen hier mit ihrem Ablaufdatum. Sie einzurichten ist in dieser Version noch nicht möglich.</translation>
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
        <source>This device&apos;s unlock token couldn&apos;t be read. Check the keychain, then try again.</source>
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
        <source>The signed data does not include the signer&apos;s certificate.</source>
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
        <source>The device&apos;s answer exactly as it sent it</source>
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
        <comment>device name, then the user channel&apos;s user</comment>
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
        <source>Apple&apos;s push service was asked at %1 to wake the device; the device has not fetched the command yet.</source>
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
        <source>This Mac can&apos;t show a phone number on its lock screen; it shows the message only.</source>
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
        <source>Write down each Mac&apos;s PIN or find it later in the Mac&apos;s lock PIN history: the Mac opens only with it.</source>
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
        <source>Apple&apos;s push service was asked to wake the device; it hasn&apos;t fetched the command yet.</source>
        <translation>Der Push-Dienst von Apple wurde gebeten, das Gerät zu wecken; es hat den Befehl noch nicht abgerufen.</translation>
    </message>
    <message>
        <source>The device fetched the command and hasn&apos;t answered yet.</source>
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
        <source>The device didn&apos;t understand the command. Its OS may be too old for it.</source>
        <translation>Das Gerät hat den Befehl nicht verstanden. Möglicherweise ist sein Betriebssystem dafür zu alt.</translation>
    </message>
    <message>
        <source>The device couldn&apos;t run it right now, for example because it was locked or busy. It is handed out again at the device&apos;s next check-in.</source>
        <translation>Das Gerät konnte den Befehl gerade nicht ausführen, zum Beispiel weil es gesperrt oder beschäftigt war. Er wird beim nächsten Check-in des Geräts erneut ausgegeben.</translation>
    </message>
    <message>
        <source>Not before %1.</source>
        <translation>Nicht vor %1.</translation>
    </message>
    <message>
        <source>The device didn&apos;t fetch it before it expired. Retry to queue it again.</source>
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
        <source>The device hasn&apos;t answered this command.</source>
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
        <source>Refused by Apple&apos;s push service</source>
        <translation>Vom Push-Dienst von Apple abgelehnt</translation>
    </message>
    <message>
        <source>No longer valid (the device must check in)</source>
        <translation>Nicht mehr gültig (das Gerät muss einen Check-in durchführen)</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; (reported %3)</source>
        <extracomment>%1 is a position as latitude, longitude; %2 when the device reported it</extracomment>
        <translation>&lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; (gemeldet: %3)</translation>
    </message>
    <message>
        <source>The device hasn&apos;t reported its apps yet.</source>
        <translation>Das Gerät hat seine Apps noch nicht gemeldet.</translation>
    </message>
    <message>
        <source>The device hasn&apos;t reported its profiles yet.</source>
        <translation>Das Gerät hat seine Profile noch nicht gemeldet.</translation>
    </message>
    <message>
        <source>The device hasn&apos;t reported its certificates yet.</source>
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
        <source>“%1” isn&apos;t a Device Information query. Check the spelling; query names are case-sensitive.</source>
        <translation>„%1“ ist keine Abfrage für Geräteinformationen. Prüfen Sie die Schreibweise; bei Abfragenamen wird zwischen Groß- und Kleinschreibung unterschieden.</translation>
    </message>
    <message>
        <source>The %1 query</source>
        <extracomment>%1 is a query name such as &quot;SerialNumber&quot;</extracomment>
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
        <source>Locking a Mac with Apple silicon before macOS 11.5 deactivates it, and Espalier doesn&apos;t know which macOS this Mac runs. Refresh its inventory, then try again.</source>
        <translation>Ein Mac mit Apple Chip wird vor macOS 11.5 beim Sperren deaktiviert, und Espalier weiß nicht, welche macOS-Version auf diesem Mac läuft. Aktualisieren Sie sein Inventar und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Locking this Mac would deactivate it: Macs with Apple silicon are deactivated instead of locked before macOS 11.5. Update it to macOS 11.5 or later first.</source>
        <translation>Das Sperren würde diesen Mac deaktivieren: Macs mit Apple Chip werden vor macOS 11.5 deaktiviert statt gesperrt. Aktualisieren Sie ihn zuerst auf macOS 11.5 oder neuer.</translation>
    </message>
    <message>
        <source>Locking this Mac could deactivate it: Macs with Apple silicon are deactivated instead of locked before macOS 11.5, and this Mac hasn&apos;t reported its chip. Update it to macOS 11.5 or later first.</source>
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
        <source>Can&apos;t be locked: %1</source>
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
        <source>Each Mac gets its own six-digit PIN. Espalier shows it once the lock is queued and keeps it, with every earlier PIN, in the Mac&apos;s lock PIN history: the Mac opens only with it.</source>
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
        <source>Lost Mode locks the device and shows your message until you disable it. Once it is on, you can play a sound and ask for the device&apos;s location.</source>
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
        <source>&lt;b&gt;Wiping erases all content and settings.&lt;/b&gt; It can&apos;t be undone, and a wiped device stops checking in until it is enrolled again. Check that these are the right devices: compare the user and the enrollment date with what you expect.</source>
        <translation>&lt;b&gt;Beim Löschen werden alle Inhalte und Einstellungen entfernt.&lt;/b&gt; Das kann nicht rückgängig gemacht werden, und ein gelöschtes Gerät meldet sich erst wieder (Check-in), wenn es erneut registriert wurde. Prüfen Sie, ob dies die richtigen Geräte sind: Vergleichen Sie Benutzer und Registrierungsdatum mit Ihren Erwartungen.</translation>
    </message>
    <message>
        <source>Can&apos;t be wiped: %1</source>
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
        <source>Don&apos;t allow Proximity Setup afterwards (iPhone and iPad)</source>
        <translation>Schnellstart danach nicht erlauben (iPhone und iPad)</translation>
    </message>
    <message>
        <source>Each Mac gets its own six-digit PIN, shown once the wipe is queued and kept in its lock PIN history. Someone may need it to set the Mac up again.</source>
        <translation>Jeder Mac erhält eine eigene sechsstellige PIN. Sie wird angezeigt, sobald das Löschen in der Warteschlange steht, und im Verlauf der Sperr-PINs des Mac aufbewahrt. Möglicherweise wird sie benötigt, um den Mac erneut einzurichten.</translation>
    </message>
    <message>
        <source>To confirm, type the device&apos;s name: &lt;b&gt;%1&lt;/b&gt;</source>
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
        <source>Shows the selected device&apos;s detail (Enter).</source>
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
        <source>&quot;%1&quot; is not a server capability, or is listed twice.</source>
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
        <source>The enrollment profile needs the link&apos;s SCEP challenge.</source>
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
        <source>Choosing what happens when Erase All Content and Settings can&apos;t run</source>
        <translation>Das Festlegen des Ausweichverhaltens für „Alle Inhalte &amp; Einstellungen löschen“</translation>
    </message>
    <message>
        <source>Disallow Proximity Setup</source>
        <translation>Das Unterbinden des Schnellstarts (Proximity Setup)</translation>
    </message>
    <message>
        <source>Before iOS 14, Disallow Proximity Setup can&apos;t be combined with other options. Send it on its own, or update the device first.</source>
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
        <source>This file isn&apos;t a configuration profile. Choose a .mobileconfig file.</source>
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
        <source>App identifiers can&apos;t be empty or have spaces around them.</source>
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
        <source>“%1” isn&apos;t an app detail a device can report.</source>
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
        <source>This command&apos;s PIN cannot be opened with the current data key.</source>
        <translation>Die PIN dieses Befehls kann mit dem aktuellen Datenschlüssel nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>This command&apos;s stored request is damaged.</source>
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
    <name>Espalier::ProfilesPage</name>
    <message>
        <source>No configuration profiles yet</source>
        <translation>Noch keine Konfigurationsprofile</translation>
    </message>
    <message>
        <source>Configuration profiles will appear here with the devices they are installed on. Creating and importing profiles is not available in this version yet.</source>
        <translation>Konfigurationsprofile erscheinen hier mit den Geräten, auf denen sie installiert sind. Profile zu erstellen und zu importieren ist in dieser Version noch nicht möglich.</translation>
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
        <source>This file is not a push certificate. Pick the .pem file that Apple&apos;s Push Certificates Portal gave you; its name starts with MDM_.</source>
        <translation>Diese Datei ist kein Push-Zertifikat. Wählen Sie die .pem-Datei, die Sie vom Apple Push Certificates Portal erhalten haben; ihr Name beginnt mit MDM_.</translation>
    </message>
    <message>
        <source>This is the certificate request, not the certificate. Get it signed, upload the signed request to Apple&apos;s Push Certificates Portal, and import the .pem file the portal gives back.</source>
        <translation>Dies ist die Zertifikatsanforderung, nicht das Zertifikat. Lassen Sie sie signieren, laden Sie die signierte Anforderung in das Apple Push Certificates Portal hoch und importieren Sie die .pem-Datei, die das Portal zurückgibt.</translation>
    </message>
    <message>
        <source>This file holds a private key, not the certificate. Import the .pem file from Apple&apos;s Push Certificates Portal; the key stays in the keychain.</source>
        <translation>Diese Datei enthält einen privaten Schlüssel, nicht das Zertifikat. Importieren Sie die .pem-Datei aus dem Apple Push Certificates Portal; der Schlüssel bleibt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>This is the signed request for Apple&apos;s Push Certificates Portal, not the certificate. Upload it there, then import the .pem file the portal gives back.</source>
        <translation>Dies ist die signierte Anforderung für das Apple Push Certificates Portal, nicht das Zertifikat. Laden Sie sie dort hoch und importieren Sie dann die .pem-Datei, die das Portal zurückgibt.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The certificate in this file is damaged. Download it again from Apple&apos;s Push Certificates Portal.</source>
        <translation>Das Zertifikat in dieser Datei ist beschädigt. Laden Sie es erneut aus dem Apple Push Certificates Portal herunter.</translation>
    </message>
    <message>
        <source>This certificate is not an MDM push certificate: it names no push topic (its subject is &quot;%1&quot;). Pick the .pem file that Apple&apos;s Push Certificates Portal gave you.</source>
        <translation>Dieses Zertifikat ist kein MDM-Push-Zertifikat: Es nennt kein Push-Topic (sein Subject lautet „%1“). Wählen Sie die .pem-Datei, die Sie vom Apple Push Certificates Portal erhalten haben.</translation>
    </message>
    <message>
        <source>This push certificate expired on %1, so devices cannot be woken with it. Renew it in Apple&apos;s Push Certificates Portal (press Renew next to the certificate for topic %2) and import the new one.</source>
        <translation>Dieses Push-Zertifikat ist am %1 abgelaufen, daher können Geräte damit nicht aufgeweckt werden. Erneuern Sie es im Apple Push Certificates Portal (klicken Sie neben dem Zertifikat für das Topic %2 auf „Renew“) und importieren Sie das neue Zertifikat.</translation>
    </message>
    <message>
        <source>This push certificate is not valid until %1. Check that this computer&apos;s date and time are right.</source>
        <translation>Dieses Push-Zertifikat ist erst ab %1 gültig. Prüfen Sie, ob Datum und Uhrzeit dieses Computers stimmen.</translation>
    </message>
    <message>
        <source>The push certificate expired on %1. Devices cannot be woken until it is renewed: renew it in Apple&apos;s Push Certificates Portal now.</source>
        <translation>Das Push-Zertifikat ist am %1 abgelaufen. Geräte können erst wieder aufgeweckt werden, wenn es erneuert wurde: Erneuern Sie es jetzt im Apple Push Certificates Portal.</translation>
    </message>
    <message>
        <source>The push certificate expires within a day, on %1. Renew it in Apple&apos;s Push Certificates Portal now.</source>
        <translation>Das Push-Zertifikat läuft innerhalb eines Tages ab, am %1. Erneuern Sie es jetzt im Apple Push Certificates Portal.</translation>
    </message>
    <message numerus="yes">
        <source>The push certificate expires in %n day(s), on %1. Renew it in Apple&apos;s Push Certificates Portal.</source>
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
        <source>&quot;%1&quot; is not an MDM push topic.</source>
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
        <source>This request was not sent to a CSR-signing service: export it for the service first, then import the service&apos;s reply.</source>
        <translation>Diese Anforderung wurde nicht an einen CSR-Signierdienst gesendet: Exportieren Sie sie zuerst für den Dienst und importieren Sie dann die Antwort des Dienstes.</translation>
    </message>
    <message>
        <source>This certificate (topic %1) was issued for another key, not for this request&apos;s. It may come from an earlier request or from another server. Import the certificate Apple&apos;s portal issued for this request&apos;s signed file, or upload this request&apos;s signed file to the portal again.</source>
        <translation>Dieses Zertifikat (Topic %1) wurde für einen anderen Schlüssel ausgestellt, nicht für den dieser Anforderung. Es stammt womöglich aus einer früheren Anforderung oder von einem anderen Server. Importieren Sie das Zertifikat, das Apples Portal für die signierte Datei dieser Anforderung ausgestellt hat, oder laden Sie die signierte Datei dieser Anforderung erneut in das Portal hoch.</translation>
    </message>
    <message>
        <source>The push key of this request is not in the keychain (%1). Without it a certificate for this request cannot be used: discard the request and start a new one.</source>
        <translation>Der Push-Schlüssel dieser Anforderung ist nicht im Schlüsselbund (%1). Ohne ihn kann ein Zertifikat für diese Anforderung nicht verwendet werden: Verwerfen Sie die Anforderung und beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>The key the service&apos;s reply is encrypted to is not in the keychain (%1). Discard this request and start a new one.</source>
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
        <source>This certificate does not match the push key in the keychain, so it cannot be used. Start a new request and upload its signed file to Apple&apos;s portal.</source>
        <translation>Dieses Zertifikat passt nicht zum Push-Schlüssel im Schlüsselbund und kann daher nicht verwendet werden. Beginnen Sie eine neue Anforderung und laden Sie deren signierte Datei in Apples Portal hoch.</translation>
    </message>
    <message numerus="yes">
        <source>This certificate is for topic %1, but the certificate being renewed is for topic %2, and %n enrolled device(s) are bound to that topic. This certificate cannot wake them: every one of them would have to be re-enrolled (devices from Apple Business Manager usually have to be erased for that). This happens when Create a Certificate is pressed instead of Renew, or when the portal is signed in with another Apple Account. In Apple&apos;s Push Certificates Portal, sign in with the Apple ID that created the certificate, press Renew next to the certificate for topic %2, and upload the signed request again.</source>
        <translation>
            <numerusform>Dieses Zertifikat gilt für das Topic %1, das zu erneuernde Zertifikat aber für das Topic %2, und %n registriertes Gerät ist an dieses Topic gebunden. Dieses Zertifikat kann es nicht aufwecken: Es müsste neu registriert werden (Geräte aus Apple Business Manager müssen dafür meist gelöscht werden). Das passiert, wenn statt „Renew“ auf „Create a Certificate“ geklickt wird oder wenn die Anmeldung im Portal mit einem anderen Apple Account erfolgt ist. Melden Sie sich im Apple Push Certificates Portal mit der Apple-ID an, mit der das Zertifikat erstellt wurde, klicken Sie neben dem Zertifikat für das Topic %2 auf „Renew“ und laden Sie die signierte Anforderung erneut hoch.</numerusform>
            <numerusform>Dieses Zertifikat gilt für das Topic %1, das zu erneuernde Zertifikat aber für das Topic %2, und %n registrierte Geräte sind an dieses Topic gebunden. Dieses Zertifikat kann sie nicht aufwecken: Jedes von ihnen müsste neu registriert werden (Geräte aus Apple Business Manager müssen dafür meist gelöscht werden). Das passiert, wenn statt „Renew“ auf „Create a Certificate“ geklickt wird oder wenn die Anmeldung im Portal mit einem anderen Apple Account erfolgt ist. Melden Sie sich im Apple Push Certificates Portal mit der Apple-ID an, mit der das Zertifikat erstellt wurde, klicken Sie neben dem Zertifikat für das Topic %2 auf „Renew“ und laden Sie die signierte Anforderung erneut hoch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This certificate is for topic %1, but %n enrolled device(s) are bound to other topics (%2). This certificate cannot wake them: moving them to it means re-enrolling every one of them (devices from Apple Business Manager usually have to be erased for that). To keep them, renew the certificate of their topic instead: start a renewal, and press Renew next to that certificate in Apple&apos;s Push Certificates Portal.</source>
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
        <source>The push certificate&apos;s key in the keychain does not belong to it.</source>
        <translation>Der Schlüssel des Push-Zertifikats im Schlüsselbund gehört nicht zu diesem Zertifikat.</translation>
    </message>
</context>
<context>
    <name>Espalier::PushDiagnostics</name>
    <message>
        <source>Nothing was checked.</source>
        <translation>Es wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>Apple&apos;s push service is reachable from this computer.</source>
        <translation>Apples Push-Dienst ist von diesem Computer aus erreichbar.</translation>
    </message>
    <message>
        <source>Apple&apos;s push service cannot be reached from this computer, so devices cannot be woken. See each check for the reason.</source>
        <translation>Apples Push-Dienst ist von diesem Computer aus nicht erreichbar, daher können Geräte nicht aufgeweckt werden. Den Grund finden Sie bei den einzelnen Prüfungen.</translation>
    </message>
    <message>
        <source>Port 443 to Apple&apos;s push service is blocked, but port 2197 works: pushes can be sent over port 2197.</source>
        <translation>Port 443 zu Apples Push-Dienst ist blockiert, aber Port 2197 funktioniert: Pushes können über Port 2197 gesendet werden.</translation>
    </message>
    <message>
        <source>Apple&apos;s push service is reachable on some hosts or ports only. See each check for what fails.</source>
        <translation>Apples Push-Dienst ist nur auf einigen Hosts oder Ports erreichbar. Was fehlschlägt, sehen Sie bei den einzelnen Prüfungen.</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved. Check this computer&apos;s DNS settings: Apple&apos;s push service is reached by name, and the name must resolve to Apple&apos;s addresses (17.0.0.0/8).</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden. Prüfen Sie die DNS-Einstellungen dieses Computers: Apples Push-Dienst wird über seinen Namen erreicht, und der Name muss zu Apples Adressen (17.0.0.0/8) aufgelöst werden.</translation>
    </message>
    <message>
        <source>%1 is reachable on port %2, and its certificate is trusted.</source>
        <translation>%1 ist auf Port %2 erreichbar, und sein Zertifikat ist vertrauenswürdig.</translation>
    </message>
    <message>
        <source>The encrypted connection to %1 does not end at Apple: the server&apos;s certificate chain leads to &quot;%2&quot;, which is not a trusted root. A proxy, firewall or security program is inspecting TLS traffic. Exempt %1 (Apple&apos;s network 17.0.0.0/8, ports 443 and 2197) from TLS inspection; pushes cannot work through it.</source>
        <translation>Die verschlüsselte Verbindung zu %1 endet nicht bei Apple: Die Zertifikatskette des Servers führt zu „%2“, das kein vertrauenswürdiges Stammzertifikat ist. Ein Proxy, eine Firewall oder ein Sicherheitsprogramm untersucht den TLS-Verkehr. Nehmen Sie %1 (Apples Netz 17.0.0.0/8, Ports 443 und 2197) von der TLS-Prüfung aus; durch sie hindurch können Pushes nicht funktionieren.</translation>
    </message>
    <message>
        <source>The server that answered for %1 presented a certificate for &quot;%2&quot;. A proxy or a wrong DNS entry sends this traffic elsewhere; %1 must reach Apple (17.0.0.0/8) directly.</source>
        <translation>Der Server, der für %1 geantwortet hat, hat ein Zertifikat für „%2“ vorgelegt. Ein Proxy oder ein falscher DNS-Eintrag leitet diesen Verkehr woandershin; %1 muss Apple (17.0.0.0/8) direkt erreichen.</translation>
    </message>
    <message>
        <source>The certificate of %1 is expired or not yet valid by this computer&apos;s clock. Check the date, time and time zone of this computer; if they are right, something is intercepting the connection.</source>
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
        <source>The connection to %1 (%2) on port %3 was refused. A firewall rejects it: outbound TCP to Apple&apos;s network 17.0.0.0/8 on ports 443 and 2197 must be allowed.</source>
        <translation>Die Verbindung zu %1 (%2) auf Port %3 wurde abgelehnt. Eine Firewall weist sie zurück: Ausgehendes TCP zu Apples Netz 17.0.0.0/8 auf den Ports 443 und 2197 muss erlaubt sein.</translation>
    </message>
    <message>
        <source>%1 (%2) could not be reached on port %3 (%4). Check this computer&apos;s network connection, and that outbound TCP to 17.0.0.0/8 on ports 443 and 2197 is allowed.</source>
        <translation>%1 (%2) war auf Port %3 nicht erreichbar (%4). Prüfen Sie die Netzwerkverbindung dieses Computers und ob ausgehendes TCP zu 17.0.0.0/8 auf den Ports 443 und 2197 erlaubt ist.</translation>
    </message>
    <message>
        <source>The name %1 did not resolve within %2 seconds. Check this computer&apos;s DNS settings.</source>
        <translation>Der Name %1 wurde nicht innerhalb von %2 Sekunden aufgelöst. Prüfen Sie die DNS-Einstellungen dieses Computers.</translation>
    </message>
    <message>
        <source>No answer from %1 (%2) on port %3 within %4 seconds: a firewall silently drops the traffic. Outbound TCP to Apple&apos;s network 17.0.0.0/8 on ports 443 and 2197 must be allowed.</source>
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
    <name>Espalier::RemoveProfileCommand</name>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Give the profile&apos;s identifier, without spaces around it.</source>
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
        <source>The kext path “%1” isn&apos;t absolute. Give the full path, starting with /.</source>
        <translation>Der Kext-Pfad „%1“ ist nicht absolut. Geben Sie den vollständigen Pfad an, beginnend mit /.</translation>
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
        <source>A SCEP reply needs the request&apos;s transaction and nonce.</source>
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
        <source>The device&apos;s key must be RSA with at least %1 bits.</source>
        <translation>Der Schlüssel des Geräts muss ein RSA-Schlüssel mit mindestens %1 Bit sein.</translation>
    </message>
    <message>
        <source>The certificate request has no common name.</source>
        <translation>Die Zertifikatsanforderung hat keinen allgemeinen Namen (CN).</translation>
    </message>
    <message>
        <source>The certificate request&apos;s subject is malformed.</source>
        <translation>Der Inhaber der Zertifikatsanforderung ist fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>Espalier::SchemaAvailability</name>
    <message>
        <source>%1 can&apos;t be sent until Espalier knows which platform this device runs. Refresh its inventory, then try again.</source>
        <extracomment>%1 is a command name, such as &quot;Device Lock&quot;</extracomment>
        <translation>Der Befehl „%1“ kann erst gesendet werden, wenn Espalier weiß, welches Betriebssystem auf diesem Gerät läuft. Aktualisieren Sie sein Inventar und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t available on %2.</source>
        <extracomment>%1 is a command name, %2 an OS name such as &quot;macOS&quot;</extracomment>
        <translation>Der Befehl „%1“ ist unter %2 nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 needs %2 %3 or later. Update the device, then try again.</source>
        <extracomment>%1 is a command name, %2 an OS name, %3 a version such as &quot;10.3&quot;</extracomment>
        <translation>Der Befehl „%1“ erfordert %2 %3 oder neuer. Aktualisieren Sie das Gerät und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 is no longer available from %2 %3 on.</source>
        <extracomment>%1 is a command name, %2 an OS name, %3 a version such as &quot;16.0&quot;</extracomment>
        <translation>Der Befehl „%1“ ist ab %2 %3 nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>%1 needs a supervised device. Supervise it with Apple Business Manager or Apple Configurator, then try again.</source>
        <extracomment>%1 is a command name</extracomment>
        <translation>Der Befehl „%1“ erfordert ein betreutes Gerät. Betreuen Sie das Gerät mit Apple Business Manager oder Apple Configurator und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t available on a device enrolled with User Enrollment.</source>
        <extracomment>%1 is a command name</extracomment>
        <translation>Der Befehl „%1“ ist auf Geräten mit Benutzerregistrierung nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 is only available on a device enrolled with User Enrollment.</source>
        <extracomment>%1 is a command name</extracomment>
        <translation>Der Befehl „%1“ ist nur auf Geräten mit Benutzerregistrierung verfügbar.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t available on a Shared iPad.</source>
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
        <source>%1 can&apos;t be checked until Espalier knows which platform this device runs. Leave it out, or refresh the device&apos;s inventory first.</source>
        <extracomment>%1 names a command option, such as &quot;The lock screen message&quot;</extracomment>
        <translation>%1 kann erst geprüft werden, wenn Espalier weiß, welches Betriebssystem auf diesem Gerät läuft. Lassen Sie die Option weg oder aktualisieren Sie zuerst das Inventar des Geräts.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t available on %2. Leave it out to send the command.</source>
        <extracomment>%1 names a command option, %2 is an OS name such as &quot;macOS&quot;</extracomment>
        <translation>%1 ist unter %2 nicht verfügbar. Lassen Sie die Option weg, um den Befehl zu senden.</translation>
    </message>
    <message>
        <source>%1 needs %2 %3 or later. Leave it out, or update the device first.</source>
        <extracomment>%1 names a command option, %2 is an OS name, %3 a version such as &quot;11.5&quot;</extracomment>
        <translation>%1 erfordert %2 %3 oder neuer. Lassen Sie die Option weg oder aktualisieren Sie zuerst das Gerät.</translation>
    </message>
    <message>
        <source>%1 is no longer available from %2 %3 on. Leave it out to send the command.</source>
        <extracomment>%1 names a command option, %2 is an OS name, %3 a version such as &quot;16.0&quot;</extracomment>
        <translation>%1 ist ab %2 %3 nicht mehr verfügbar. Lassen Sie die Option weg, um den Befehl zu senden.</translation>
    </message>
    <message>
        <source>%1 needs a supervised device. Leave it out to send the command.</source>
        <extracomment>%1 names a command option</extracomment>
        <translation>%1 erfordert ein betreutes Gerät. Lassen Sie die Option weg, um den Befehl zu senden.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t available with User Enrollment. Leave it out to send the command.</source>
        <extracomment>%1 names a command option</extracomment>
        <translation>%1 ist bei Benutzerregistrierung nicht verfügbar. Lassen Sie die Option weg, um den Befehl zu senden.</translation>
    </message>
    <message>
        <source>%1 is only available with User Enrollment. Leave it out to send the command.</source>
        <extracomment>%1 names a command option</extracomment>
        <translation>%1 ist nur bei Benutzerregistrierung verfügbar. Lassen Sie die Option weg, um den Befehl zu senden.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t available on a Shared iPad. Leave it out to send the command.</source>
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
        <source>This is a certificate authority&apos;s certificate, not a server certificate.</source>
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
        <source>The certificate is not made for TLS servers: Apple devices require the extended key usage &quot;TLS Web Server Authentication&quot; (serverAuth).</source>
        <translation>Das Zertifikat ist nicht für TLS-Server bestimmt: Apple-Geräte verlangen die erweiterte Schlüsselverwendung „TLS Web Server Authentication“ (serverAuth).</translation>
    </message>
    <message>
        <source>The certificate&apos;s key usage does not allow TLS.</source>
        <translation>Die Schlüsselverwendung des Zertifikats erlaubt kein TLS.</translation>
    </message>
    <message>
        <source>The certificate&apos;s key is too weak: Apple devices need RSA with at least 2048 bits, or ECC.</source>
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
        <source>The certificate chain is incomplete: the issuer of &quot;%1&quot; is missing. Add the intermediate certificates to the file, or trust its root.</source>
        <translation>Die Zertifikatskette ist unvollständig: Der Aussteller von „%1“ fehlt. Fügen Sie der Datei die Zwischenzertifikate hinzu oder vertrauen Sie dem Stammzertifikat der Kette.</translation>
    </message>
    <message>
        <source>The certificate chain does not hold: %1</source>
        <translation>Die Zertifikatskette ist nicht gültig: %1</translation>
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
        <source>The device name can&apos;t be blank.</source>
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
        <source>“%1” isn&apos;t a valid host name. Use letters, digits and hyphens, with dots between the parts.</source>
        <translation>„%1“ ist kein gültiger Hostname. Verwenden Sie Buchstaben, Ziffern und Bindestriche, mit Punkten zwischen den Namensteilen.</translation>
    </message>
</context>
<context>
    <name>Espalier::SettingsPage</name>
    <message>
        <source>No settings yet</source>
        <translation>Noch keine Einstellungen</translation>
    </message>
    <message>
        <source>The server address devices connect to, its port and the push certificate will be set here. Until then there is nothing to set: Espalier keeps its database at the location shown in the status bar.</source>
        <translation>Hier legen Sie künftig die Serveradresse, mit der sich Geräte verbinden, den Port und das Push-Zertifikat fest. Bis dahin gibt es nichts einzustellen: Espalier speichert seine Datenbank an dem Ort, der in der Statusleiste angezeigt wird.</translation>
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
        <source>The chain of the MDM vendor certificate is too long to be Apple&apos;s.</source>
        <translation>Die Kette des MDM-Anbieterzertifikats ist zu lang, um von Apple zu stammen.</translation>
    </message>
    <message>
        <source>The chain of the MDM vendor certificate is incomplete: the certificate of &quot;%1&quot;, which issued &quot;%2&quot;, is missing. Apple&apos;s portal needs the whole chain up to the root: add Apple&apos;s WWDR intermediate certificate (AppleWWDRCAG3.cer) and the Apple Inc. Root certificate (AppleIncRootCertificate.cer), both from apple.com/certificateauthority.</source>
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
        <source>The MDM vendor certificate &quot;%1&quot; expired on %2. Create a new one (MDM CSR) in your Apple Developer account, and export it with its key as a .p12 file.</source>
        <translation>Das MDM-Anbieterzertifikat „%1“ ist am %2 abgelaufen. Erstellen Sie in Ihrem Apple Developer Account ein neues (MDM CSR) und exportieren Sie es mit seinem Schlüssel als .p12-Datei.</translation>
    </message>
    <message>
        <source>The MDM vendor certificate &quot;%1&quot; is not valid until %2. Check that this computer&apos;s date and time are right.</source>
        <translation>Das MDM-Anbieterzertifikat „%1“ ist erst ab %2 gültig. Prüfen Sie, ob Datum und Uhrzeit dieses Computers stimmen.</translation>
    </message>
    <message>
        <source>The MDM vendor certificate expires on %1. Renew it in your Apple Developer account soon; requests it signed stay valid.</source>
        <translation>Das MDM-Anbieterzertifikat läuft am %1 ab. Erneuern Sie es bald in Ihrem Apple Developer Account; damit signierte Anforderungen bleiben gültig.</translation>
    </message>
    <message>
        <source>Apple&apos;s portal accepts only requests signed with an RSA key, and this vendor key is not RSA.</source>
        <translation>Apples Portal akzeptiert nur Anforderungen, die mit einem RSA-Schlüssel signiert sind, und dieser Anbieterschlüssel ist kein RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the certificate of a certificate authority, not an MDM vendor certificate.</source>
        <translation>„%1“ ist das Zertifikat einer Zertifizierungsstelle, kein MDM-Anbieterzertifikat.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; may not be used for signatures.</source>
        <translation>Das Zertifikat „%1“ darf nicht für Signaturen verwendet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an MDM vendor certificate: Apple names those &quot;MDM Vendor: &lt;company&gt;&quot;. Apple&apos;s portal refuses requests signed with any other kind of certificate, such as a developer or push certificate.</source>
        <translation>„%1“ sieht nicht wie ein MDM-Anbieterzertifikat aus: Apple benennt diese „MDM Vendor: &lt;company&gt;“. Apples Portal lehnt Anforderungen ab, die mit einer anderen Art von Zertifikat signiert sind, etwa mit einem Entwickler- oder Push-Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; in the chain is not valid now (it is valid from %2 to %3). Download the current one from apple.com/certificateauthority.</source>
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
        <source>The certificate chain in the signed request is out of order or broken; Apple&apos;s portal would refuse it.</source>
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
        <source>This reply is not encrypted to this request: it belongs to another request, or the file was changed on the way. Send this request&apos;s CSR and certificate to the service again, and import the reply to that.</source>
        <translation>Diese Antwort ist nicht für diese Anforderung verschlüsselt: Sie gehört zu einer anderen Anforderung, oder die Datei wurde unterwegs verändert. Senden Sie CSR und Zertifikat dieser Anforderung erneut an den Dienst und importieren Sie die Antwort darauf.</translation>
    </message>
    <message>
        <source>The reply decrypted, but it holds no usable signed request: %1</source>
        <translation>Die Antwort wurde entschlüsselt, enthält aber keine brauchbare signierte Anforderung: %1</translation>
    </message>
    <message>
        <source>The service signed a different certificate request, not this one. Import the reply that belongs to this request, or send this request&apos;s CSR to the service again.</source>
        <translation>Der Dienst hat eine andere Zertifikatsanforderung signiert, nicht diese. Importieren Sie die Antwort, die zu dieser Anforderung gehört, oder senden Sie den CSR dieser Anforderung erneut an den Dienst.</translation>
    </message>
</context>
<context>
    <name>Espalier::X509Fields</name>
    <message>
        <source>The country must be a two-letter code such as &quot;US&quot;.</source>
        <translation>Das Land muss ein Code aus zwei Buchstaben sein, etwa „DE“.</translation>
    </message>
    <message>
        <source>The name could not be built.</source>
        <translation>Der Name konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The name field &quot;%1&quot; is too long or not allowed there.</source>
        <translation>Das Namensfeld „%1“ ist zu lang oder dort nicht erlaubt.</translation>
    </message>
    <message>
        <source>The alternative names could not be built.</source>
        <translation>Die alternativen Namen konnten nicht erstellt werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name.</source>
        <translation>„%1“ ist kein gültiger DNS-Name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address.</source>
        <translation>„%1“ ist keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URI.</source>
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
    <name>PushCertificateRepository</name>
    <message>
        <source>The push certificate record is incomplete.</source>
        <translation>Der Push-Zertifikatseintrag ist unvollständig.</translation>
    </message>
    <message>
        <source>This is not an MDM push certificate: its topic is &quot;%1&quot;.</source>
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
        <source>Use the language &lt;code&gt;, for example de, instead of the system&apos;s.</source>
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
