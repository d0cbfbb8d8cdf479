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
    <name>Espalier::CommandRepository</name>
    <message>
        <source>The command %1 is stored in an unknown state.</source>
        <translation>Der Befehl %1 ist in einem unbekannten Status gespeichert.</translation>
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
    <name>Espalier::EnrollmentRepository</name>
    <message>
        <source>The enrollment %1 is stored in an unknown form.</source>
        <translation>Die Registrierung %1 ist in einer unbekannten Form gespeichert.</translation>
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
