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
    <name>Espalier::AuditLogPage</name>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Noch nichts protokolliert</translation>
    </message>
    <message>
        <source>Every enrollment, command and change to profiles or certificates will be recorded here with who did it and when. Nothing is recorded yet, because this version cannot perform those actions.</source>
        <translation>Jede Registrierung, jeder Befehl und jede Änderung an Profilen oder Zertifikaten wird hier mit Urheber und Zeitpunkt protokolliert. Noch ist nichts protokolliert, weil diese Version diese Aktionen noch nicht ausführen kann.</translation>
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
    <name>Espalier::CommandRepository</name>
    <message>
        <source>The command %1 is stored in an unknown state.</source>
        <translation>Der Befehl %1 ist in einem unbekannten Status gespeichert.</translation>
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
    <message>
        <source>Commands sent to devices, such as Lock, Restart or Erase, will appear here with whether they were delivered and what the device answered. You will send them from the Devices page once devices are enrolled.</source>
        <translation>An Geräte gesendete Befehle wie Sperren, Neustarten oder Löschen erscheinen hier – mit Zustellstatus und der Antwort des Geräts. Sie senden sie auf der Seite „Geräte“, sobald Geräte registriert sind.</translation>
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
    <name>Espalier::DevicesPage</name>
    <message>
        <source>No devices yet</source>
        <translation>Noch keine Geräte</translation>
    </message>
    <message>
        <source>Enrolled iPhones, iPads and Macs will appear here with their inventory. Enrolling a device needs the server, its certificates and an Apple push certificate, which this version of Espalier cannot set up yet.</source>
        <translation>Registrierte iPhones, iPads und Macs erscheinen hier mit ihrem Inventar. Für die Registrierung eines Geräts braucht es den Server, seine Zertifikate und ein Apple-Push-Zertifikat, die diese Version von Espalier noch nicht einrichten kann.</translation>
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
