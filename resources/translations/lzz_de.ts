<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountDistrictsDialog</name>
    <message>
        <source>Districts of the account “{name}” ({role}):</source>
        <translation>Landkreise des Kontos „{name}“ ({role}):</translation>
    </message>
    <message>
        <source>A district staff account belongs to exactly one district: tick one.</source>
        <translation>Ein Konto für Kreismitarbeitende gehört zu genau einem Landkreis: bitte einen ankreuzen.</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Assign districts</source>
        <translation>Landkreise zuweisen</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Programme office</source>
        <translation>Programmbüro</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Berater:in</translation>
    </message>
    <message>
        <source>District staff</source>
        <translation>Kreisverwaltung</translation>
    </message>
    <message>
        <source>An account called “{name}” exists already. Please choose another name.</source>
        <translation>Ein Konto „{name}“ gibt es schon. Bitte einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>The central store does not know one of these districts yet. Synchronise first, then try again.</source>
        <translation>Der Zentralspeicher kennt einen dieser Landkreise noch nicht. Bitte zuerst abgleichen, dann erneut versuchen.</translation>
    </message>
    <message>
        <source>A district staff account belongs to exactly one district.</source>
        <translation>Ein Konto für Kreismitarbeitende gehört zu genau einem Landkreis.</translation>
    </message>
    <message>
        <source>This is the device you are working on. To end its access, log out instead.</source>
        <translation>Das ist das Gerät, an dem Sie gerade arbeiten. Um seinen Zugang zu beenden, melden Sie sich ab.</translation>
    </message>
    <message>
        <source>This account no longer exists on the central store. Reload the list.</source>
        <translation>Dieses Konto gibt es auf dem Zentralspeicher nicht mehr. Bitte die Liste neu laden.</translation>
    </message>
    <message>
        <source>Only the programme office may manage accounts.</source>
        <translation>Nur das Programmbüro darf Konten verwalten.</translation>
    </message>
    <message>
        <source>The central store cannot be reached. Accounts can only be managed with a connection; please try again later.</source>
        <translation>Der Zentralspeicher ist nicht erreichbar. Konten lassen sich nur mit Verbindung verwalten; bitte später erneut versuchen.</translation>
    </message>
    <message>
        <source>Reading the accounts from the central store …</source>
        <translation>Konten werden vom Zentralspeicher gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n revoked</source>
        <translation>
            <numerusform>, %n gesperrt</numerusform>
            <numerusform>, %n gesperrt</numerusform>
        </translation>
    </message>
    <message>
        <source>all (programme office)</source>
        <translation>alle (Programmbüro)</translation>
    </message>
    <message>
        <source>unknown here ({id})</source>
        <translation>hier unbekannt ({id})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>unnamed device</source>
        <translation>Gerät ohne Namen</translation>
    </message>
    <message>
        <source>{name} — logged in {since}</source>
        <translation>{name} — angemeldet am {since}</translation>
    </message>
    <message>
        <source>, last used {when}</source>
        <translation>, zuletzt genutzt {when}</translation>
    </message>
    <message>
        <source> (revoked)</source>
        <translation> (gesperrt)</translation>
    </message>
    <message>
        <source>Revoke the device “{device}” of the account “{account}”? It can no longer synchronise; its user has to log in again on it.</source>
        <translation>Das Gerät „{device}“ des Kontos „{account}“ sperren? Es kann dann nicht mehr abgleichen; auf ihm muss man sich neu anmelden.</translation>
    </message>
    <message>
        <source>Revoking the device …</source>
        <translation>Gerät wird gesperrt …</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Gerät sperren</translation>
    </message>
    <message>
        <source>Manage accounts</source>
        <translation>Konten verwalten</translation>
    </message>
    <message>
        <source>The accounts of the central store: who may sign in, with which role, for which districts, and from which devices. Only the programme office can change them; changes apply at once.</source>
        <translation>Die Konten des Zentralspeichers: wer sich anmelden darf, mit welcher Rolle, für welche Landkreise und von welchen Geräten. Nur das Programmbüro kann sie ändern; Änderungen gelten sofort.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Consultancy</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Landkreise</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>De&amp;vices of the selected account:</source>
        <translation>&amp;Geräte des gewählten Kontos:</translation>
    </message>
    <message>
        <source>&amp;Create account …</source>
        <translation>Konto &amp;anlegen …</translation>
    </message>
    <message>
        <source>Assign &amp;districts …</source>
        <translation>&amp;Landkreise zuweisen …</translation>
    </message>
    <message>
        <source>&amp;Revoke device</source>
        <translation>Gerät &amp;sperren</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
</context>
<context>
    <name>ActorDialog</name>
    <message>
        <source>Edit actor</source>
        <translation>Akteur:in bearbeiten</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Neue:r Akteur:in</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>not asked / none</source>
        <translation>nicht eingeholt / keine</translation>
    </message>
    <message>
        <source>given</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>Contact data of a person can only be entered once their consent is recorded as given.</source>
        <translation>Kontaktdaten einer Person können erst eingetragen werden, wenn ihre Einwilligung als erteilt erfasst ist.</translation>
    </message>
    <message>
        <source>Did you mean {names}? This actor may exist already.</source>
        <translation>Meinten Sie {names}? Diese:r Akteur:in ist vielleicht schon erfasst.</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur:in</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Caritasverband Goslar</source>
        <translation>z. B. Caritasverband Goslar</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Sektor:</translation>
    </message>
    <message>
        <source>&amp;Role / function:</source>
        <translation>&amp;Rolle / Funktion:</translation>
    </message>
    <message>
        <source>e.g. head of the immigration office</source>
        <translation>z. B. Leitung der Ausländerbehörde</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Influence (0–4):</source>
        <translation>&amp;Einfluss (0–4):</translation>
    </message>
    <message>
        <source>&amp;Attitude (−2 … +2):</source>
        <translation>&amp;Haltung (−2 … +2):</translation>
    </message>
    <message>
        <source>In&amp;terest (0–4):</source>
        <translation>In&amp;teresse (0–4):</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;worte:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Consent (GDPR)</source>
        <translation>Einwilligung (DSGVO)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>Erteilt a&amp;m:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>e.g. in writing, by e-mail</source>
        <translation>z. B. schriftlich, per E-Mail</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <source>e.g. invitations and minutes</source>
        <translation>z. B. Einladungen und Protokolle</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>Widerrufen a&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Review on:</source>
        <translation>&amp;Prüfen am:</translation>
    </message>
    <message>
        <source>When to check the consent again with the person (a year after it was given, unless you choose a date)</source>
        <translation>Wann die Einwilligung mit der Person erneut besprochen wird (ein Jahr nach der Erteilung, wenn Sie kein Datum wählen)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <source>Open tasks</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>Item {number}: {title}</source>
        <translation>TOP {number}: {title}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>A backup from {name} is available. Restore it? The damaged file is kept.</source>
        <translation>Es gibt eine Sicherung vom {name}. Soll sie wiederhergestellt werden? Die beschädigte Datei bleibt erhalten.</translation>
    </message>
    <message>
        <source>Restore latest backup</source>
        <translation>Letzte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No district called “{name}”. Known districts: {known}</source>
        <translation>Kein Landkreis namens „{name}“. Bekannte Landkreise: {known}</translation>
    </message>
    <message>
        <source>Cannot write the picture: {error}</source>
        <translation>Das Bild kann nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Cannot write the export to {path}: {error}</source>
        <translation>Der Export nach {path} ist nicht möglich: {error}</translation>
    </message>
    <message>
        <source>Database check: {path}</source>
        <translation>Datenbankprüfung: {path}</translation>
    </message>
    <message>
        <source>Result: healthy</source>
        <translation>Ergebnis: in Ordnung</translation>
    </message>
    <message>
        <source>Result: problems found</source>
        <translation>Ergebnis: Probleme gefunden</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>Kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>Warning: --insecure sends the password and all data unencrypted over the network.</source>
        <translation>Warnung: Mit --insecure gehen Passwort und alle Daten unverschlüsselt über das Netz.</translation>
    </message>
    <message>
        <source>Logged in as {user} ({role}) at {server}.</source>
        <translation>Angemeldet als {user} ({role}) bei {server}.</translation>
    </message>
    <message>
        <source>Integrity: the file is intact.</source>
        <translation>Integrität: Die Datei ist unversehrt.</translation>
    </message>
    <message>
        <source>Integrity: there is no database file yet.</source>
        <translation>Integrität: Es gibt noch keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>Integrity: the file is locked by another program.</source>
        <translation>Integrität: Die Datei ist von einem anderen Programm gesperrt.</translation>
    </message>
    <message>
        <source>Integrity: the file is not an LZZ database.</source>
        <translation>Integrität: Die Datei ist keine LZZ-Datenbank.</translation>
    </message>
    <message>
        <source>Integrity: the file is encrypted and its key is not available on this computer.</source>
        <translation>Integrität: Die Datei ist verschlüsselt, und ihr Schlüssel ist auf diesem Computer nicht verfügbar.</translation>
    </message>
    <message>
        <source>Integrity: the file is damaged or unreadable ({detail}).</source>
        <translation>Integrität: Die Datei ist beschädigt oder nicht lesbar ({detail}).</translation>
    </message>
    <message>
        <source>Schema: up to date (revision {current}).</source>
        <translation>Schema: aktuell (Revision {current}).</translation>
    </message>
    <message>
        <source>Schema: revision {current}; it will be upgraded to {head} at the next start.</source>
        <translation>Schema: Revision {current}; sie wird beim nächsten Start auf {head} aktualisiert.</translation>
    </message>
    <message>
        <source>Schema: revision {current} comes from a newer version of LZZ Desktop.</source>
        <translation>Schema: Revision {current} stammt von einer neueren Version von LZZ Desktop.</translation>
    </message>
    <message>
        <source>Schema: the file has no LZZ schema revision.</source>
        <translation>Schema: Die Datei hat keine LZZ-Schemarevision.</translation>
    </message>
    <message>
        <source>Orphans: {count} without their district or parent record, in {tables}.</source>
        <translation>Verwaiste Datensätze: {count} ohne Landkreis oder übergeordneten Eintrag, in {tables}.</translation>
    </message>
    <message>
        <source>Sync: changes waiting to be sent: {count}.</source>
        <translation>Synchronisation: Änderungen, die auf das Senden warten: {count}.</translation>
    </message>
    <message>
        <source>References: all references point to existing records.</source>
        <translation>Verweise: Alle Verweise zeigen auf vorhandene Datensätze.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Eingaben stimmen nicht überein.</translation>
    </message>
    <message>
        <source>References: {count} broken, in {tables}.</source>
        <translation>Verweise: {count} fehlerhaft, in {tables}.</translation>
    </message>
    <message>
        <source>Orphans: none.</source>
        <translation>Verwaiste Datensätze: keine.</translation>
    </message>
    <message>
        <source>Erasing a person cannot be undone. Add --yes to confirm that “{name}” is to be erased for good.</source>
        <translation>Das endgültige Löschen einer Person kann nicht rückgängig gemacht werden. Bestätigen Sie mit --yes, dass „{name}“ endgültig gelöscht werden soll.</translation>
    </message>
    <message>
        <source>The data folder cannot be written: nothing was erased.</source>
        <translation>Der Datenordner ist schreibgeschützt: Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>No person called “{name}” in this district.</source>
        <translation>Keine Person „{name}“ in diesem Landkreis.</translation>
    </message>
    <message>
        <source>Several persons are called “{name}”; choose one with --id:</source>
        <translation>Mehrere Personen heißen „{name}“; wählen Sie eine mit --id:</translation>
    </message>
    <message>
        <source>Cannot write into {folder}: {error}</source>
        <translation>In {folder} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Erased for good: {records} records on this computer; {rewritten} backups rewritten, {removed} removed. The central store and the other devices follow at the next sync.</source>
        <translation>Endgültig gelöscht: {records} Datensätze auf diesem Computer; {rewritten} Sicherungen neu geschrieben, {removed} entfernt. Die zentrale Ablage und die anderen Geräte folgen beim nächsten Abgleich.</translation>
    </message>
    <message>
        <source>No phase called “{name}”. Phases: {known}</source>
        <translation>Keine Phase „{name}“. Phasen: {known}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Create district {name}</source>
        <translation>„{name}“ anlegen</translation>
    </message>
    <message>
        <source>Edit district {name}</source>
        <translation>„{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete district {name}</source>
        <translation>„{name}“ löschen</translation>
    </message>
    <message>
        <source>Restore district {name}</source>
        <translation>„{name}“ wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ConceptDocuments</name>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>PDF document…</source>
        <translation>PDF-Dokument …</translation>
    </message>
    <message>
        <source>Word document…</source>
        <translation>Word-Dokument …</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Dokument wird erstellt …</translation>
    </message>
    <message>
        <source>This district has no concept yet.</source>
        <translation>Für diesen Landkreis gibt es noch kein Konzept.</translation>
    </message>
    <message>
        <source>Save concept as Word document</source>
        <translation>Konzept als Word-Dokument speichern</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <source>Save concept as PDF</source>
        <translation>Konzept als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Gespeichert als {path}</translation>
    </message>
</context>
<context>
    <name>ConceptEditor</name>
    <message>
        <source>Begin a &amp;new version</source>
        <translation>&amp;Neue Fassung beginnen</translation>
    </message>
    <message>
        <source>Keep the decided text as a version and make the concept a draft again</source>
        <translation>Den beschlossenen Text als Version speichern und das Konzept wieder zum Entwurf machen</translation>
    </message>
    <message>
        <source>%p % complete</source>
        <translation>%p % vollständig</translation>
    </message>
    <message>
        <source>Version {new} of the template “{title}” is available; this draft uses version {old}.</source>
        <translation>Version {new} der Vorlage „{title}“ ist verfügbar; dieser Entwurf nutzt Version {old}.</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Alle Änderungen gespeichert.</translation>
    </message>
    <message>
        <source>Decided{date}: the concept can be read, not changed. “Begin a new version” keeps the decided text as a version and makes the concept a draft again.</source>
        <translation>Beschlossen{date}: Das Konzept kann gelesen, aber nicht geändert werden. „Neue Fassung beginnen“ speichert den beschlossenen Text als Version und macht das Konzept wieder zum Entwurf.</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>am {date}</translation>
    </message>
    <message>
        <source>Archived (from earlier templates)</source>
        <translation>Archiviert (aus früheren Vorlagen)</translation>
    </message>
    <message>
        <source>{title} – changed in two places; resolve it under Sync → Conflicts</source>
        <translation>{title} – an zwei Stellen geändert; klären Sie es unter Abgleich → Konflikte</translation>
    </message>
    <message>
        <source>{filled} of {required} required entries filled</source>
        <translation>{filled} von {required} Pflichtangaben ausgefüllt</translation>
    </message>
    <message>
        <source>This section is no longer part of the template. Its content is kept here so that nothing is lost; copy what you still need into the current sections.</source>
        <translation>Dieser Abschnitt gehört nicht mehr zur Vorlage. Sein Inhalt bleibt hier erhalten, damit nichts verloren geht; übernehmen Sie, was Sie noch brauchen, in die aktuellen Abschnitte.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Leitfragen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Required: {items}</source>
        <translation>Pflichtangaben: {items}</translation>
    </message>
    <message>
        <source>From workshops</source>
        <translation>Aus Workshops</translation>
    </message>
    <message>
        <source>Learnings from programme events</source>
        <translation>Impulse aus Programmveranstaltungen</translation>
    </message>
    <message>
        <source>{filled} of {required} required entries</source>
        <translation>{filled} von {required} Pflichtangaben</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Ungespeicherte Änderungen …</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>Set the concept's status to “{status}”</source>
        <translation>Status des Konzepts auf „{status}“ setzen</translation>
    </message>
    <message>
        <source>Required entries missing</source>
        <translation>Pflichtangaben fehlen</translation>
    </message>
    <message>
        <source>These sections still lack required entries:
{sections}

Mark the concept as decided anyway? The PDF lists them in an appendix.</source>
        <translation>In diesen Abschnitten fehlen noch Pflichtangaben:
{sections}

Das Konzept trotzdem als beschlossen kennzeichnen? Das PDF nennt sie in einem Anhang.</translation>
    </message>
    <message>
        <source>Tick when the comment has been dealt with (resolved).</source>
        <translation>Abhaken, wenn der Kommentar erledigt ist.</translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n open)</source>
        <translation>
            <numerusform>Kommentare (%n offen)</numerusform>
            <numerusform>Kommentare (%n offen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Please write the comment first.</source>
        <translation>Bitte zuerst den Kommentar schreiben.</translation>
    </message>
    <message>
        <source>Add comment “{text}”</source>
        <translation>Kommentar „{text}“ hinzufügen</translation>
    </message>
    <message>
        <source>Mark comment as done</source>
        <translation>Kommentar als erledigt markieren</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Kommentar wieder öffnen</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <source>Name of the version (e.g. “Stand für die Steuerungsgruppe”):</source>
        <translation>Name der Version (z. B. „Stand für die Steuerungsgruppe“):</translation>
    </message>
    <message>
        <source>Version {number} saved.</source>
        <translation>Version {number} gespeichert.</translation>
    </message>
    <message>
        <source>Update template</source>
        <translation>Vorlage aktualisieren</translation>
    </message>
    <message>
        <source>Update this draft to version {new} of the template? New sections are added, renamed sections keep their text, and sections the template no longer has are kept under “Archived”. The current state is saved as a version first.</source>
        <translation>Diesen Entwurf auf Version {new} der Vorlage aktualisieren? Neue Abschnitte kommen hinzu, umbenannte behalten ihren Text, und Abschnitte, die die Vorlage nicht mehr hat, bleiben unter „Archiviert“ erhalten. Der aktuelle Stand wird vorher als Version gespeichert.</translation>
    </message>
    <message>
        <source>The workshops of this district have no agreements yet.</source>
        <translation>Die Workshops dieses Landkreises haben noch keine Vereinbarungen.</translation>
    </message>
    <message>
        <source>Link agreement</source>
        <translation>Vereinbarung verknüpfen</translation>
    </message>
    <message>
        <source>Agreement for this section:</source>
        <translation>Vereinbarung für diesen Abschnitt:</translation>
    </message>
    <message>
        <source>The programme events of this district have no learnings yet.</source>
        <translation>Die Programmveranstaltungen dieses Landkreises haben noch keine Impulse.</translation>
    </message>
    <message>
        <source>Use a learning</source>
        <translation>Impuls übernehmen</translation>
    </message>
    <message>
        <source>Learning for this section:</source>
        <translation>Impuls für diesen Abschnitt:</translation>
    </message>
    <message>
        <source>Use a learning in the concept</source>
        <translation>Impuls ins Konzept übernehmen</translation>
    </message>
    <message>
        <source>This district has no concept draft yet. Choose a template to start one.</source>
        <translation>Dieser Landkreis hat noch keinen Konzeptentwurf. Wählen Sie eine Vorlage, um einen zu beginnen.</translation>
    </message>
    <message>
        <source>Start concept</source>
        <translation>Konzept beginnen</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Council decision:</source>
        <translation>Kreistagsbeschluss am:</translation>
    </message>
    <message>
        <source>Update template…</source>
        <translation>Vorlage aktualisieren …</translation>
    </message>
    <message>
        <source>Save version…</source>
        <translation>Version speichern …</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>Versionen …</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Print preview of the concept as it is exported (Ctrl+P)</source>
        <translation>Druckvorschau des Konzepts, so wie es exportiert wird (Strg+P)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern als</translation>
    </message>
    <message>
        <source>Save the concept as a PDF or Word document</source>
        <translation>Das Konzept als PDF- oder Word-Dokument speichern</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <source>Link agreement from a workshop…</source>
        <translation>Vereinbarung aus Workshop verknüpfen …</translation>
    </message>
    <message>
        <source>Use a learning…</source>
        <translation>Impuls übernehmen …</translation>
    </message>
    <message>
        <source>Use a learning ("Impuls") from a programme event in this section</source>
        <translation>Einen Impuls aus einer Programmveranstaltung in diesen Abschnitt übernehmen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Write a comment on this section…</source>
        <translation>Kommentar zu diesem Abschnitt schreiben …</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
</context>
<context>
    <name>ConceptFields</name>
    <message>
        <source>Field of action</source>
        <translation>Handlungsfeld</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ConceptTexts</name>
    <message>
        <source>“{text}” – from workshop “{workshop}” ({date}), agenda item {number} “{item}”</source>
        <translation>„{text}“ – aus Workshop „{workshop}“ ({date}), TOP {number} „{item}“</translation>
    </message>
    <message>
        <source>“{text}” – from workshop “{workshop}” ({date})</source>
        <translation>„{text}“ – aus Workshop „{workshop}“ ({date})</translation>
    </message>
    <message>
        <source>{event} in {host} ({date})</source>
        <translation>{event} in {host} ({date})</translation>
    </message>
    <message>
        <source>{event} ({date})</source>
        <translation>{event} ({date})</translation>
    </message>
    <message>
        <source>“{title}” – learning from {origin}</source>
        <translation>„{title}“ – Impuls aus {origin}</translation>
    </message>
    <message>
        <source>{title} — {origin}</source>
        <translation>{title} — {origin}</translation>
    </message>
    <message>
        <source>This draft uses version {version} of the template “{key}”, which this installation does not know. It is shown read-only so that nothing is changed by mistake. Please install the current version of LZZ Desktop.</source>
        <translation>Dieser Entwurf nutzt Version {version} der Vorlage „{key}“, die diese Installation nicht kennt. Er wird nur lesend angezeigt, damit nichts versehentlich verändert wird. Bitte installieren Sie die aktuelle Version von LZZ Desktop.</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>die Datei ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>the required entry “{detail}” is missing</source>
        <translation>der Pflichteintrag „{detail}“ fehlt</translation>
    </message>
    <message>
        <source>the field type “{detail}” is unknown</source>
        <translation>der Feldtyp „{detail}“ ist unbekannt</translation>
    </message>
    <message>
        <source>the section key “{detail}” is used twice</source>
        <translation>der Abschnittsschlüssel „{detail}“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>the field key “{detail}” is used twice</source>
        <translation>der Feldschlüssel „{detail}“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>another file already defines template {detail}</source>
        <translation>eine andere Datei definiert die Vorlage {detail} bereits</translation>
    </message>
    <message>
        <source>the choice field “{detail}” lists no choices</source>
        <translation>das Auswahlfeld „{detail}“ nennt keine Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>the value has the wrong type (expected: {detail})</source>
        <translation>der Wert hat den falschen Typ (erwartet: {detail})</translation>
    </message>
    <message>
        <source>unknown entry “{detail}”</source>
        <translation>unbekannter Eintrag „{detail}“</translation>
    </message>
    <message>
        <source>the value must not be empty</source>
        <translation>der Wert darf nicht leer sein</translation>
    </message>
    <message>
        <source>the value “{detail}” is not allowed here</source>
        <translation>der Wert „{detail}“ ist hier nicht zulässig</translation>
    </message>
    <message>
        <source>the file cannot be read ({detail})</source>
        <translation>die Datei kann nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <source>invalid content ({detail})</source>
        <translation>ungültiger Inhalt ({detail})</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>The template file {file} was not loaded ({place}: {reason}). The other templates are available.</source>
        <translation>Die Vorlagendatei {file} wurde nicht geladen ({place}: {reason}). Die übrigen Vorlagen stehen zur Verfügung.</translation>
    </message>
</context>
<context>
    <name>ConceptVersionsDialog</name>
    <message>
        <source>Versions of the concept</source>
        <translation>Versionen des Konzepts</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Restore selected version</source>
        <translation>Ausgewählte Version wiederherstellen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>{record}: deleted on one side, changed on the other</source>
        <translation>{record}: auf einer Seite gelöscht, auf der anderen geändert</translation>
    </message>
    <message>
        <source>{record}: text “{field}” changed in the same paragraph</source>
        <translation>{record}: Text „{field}“ im selben Absatz geändert</translation>
    </message>
    <message>
        <source>{record}: “{field}” changed on both sides</source>
        <translation>{record}: „{field}“ auf beiden Seiten geändert</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Your version, {time}</source>
        <translation>Ihre Fassung, {time}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Version of {name}, {time}</source>
        <translation>Fassung von {name}, {time}</translation>
    </message>
    <message>
        <source>Version of {name}</source>
        <translation>Fassung von {name}</translation>
    </message>
    <message>
        <source>(in the central store now)</source>
        <translation>(jetzt im Zentralspeicher)</translation>
    </message>
    <message>
        <source>Keep version of {name}</source>
        <translation>Fassung von {name} behalten</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Changed (kept)</source>
        <translation>Geändert (bleibt erhalten)</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Abgleichskonflikte</translation>
    </message>
    <message>
        <source>The same data was changed in two places. Both versions are kept until you decide.</source>
        <translation>Dieselben Daten wurden an zwei Stellen geändert. Beide Fassungen bleiben erhalten, bis Sie entscheiden.</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>Meine Fassung</translation>
    </message>
    <message>
        <source>Their version (on the server now)</source>
        <translation>Andere Fassung (jetzt im Zentralspeicher)</translation>
    </message>
    <message>
        <source>&amp;Merged version (editable):</source>
        <translation>&amp;Zusammengeführte Fassung (bearbeitbar):</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Andere übernehmen</translation>
    </message>
    <message>
        <source>&amp;Use merged version</source>
        <translation>&amp;Zusammengeführte verwenden</translation>
    </message>
</context>
<context>
    <name>DeletedDistrictsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Federal state</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Gelöscht am</translation>
    </message>
</context>
<context>
    <name>DistrictDialog</name>
    <message>
        <source>Edit district</source>
        <translation>Landkreis bearbeiten</translation>
    </message>
    <message>
        <source>New district</source>
        <translation>Neuer Landkreis</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The AGS key does not match the federal state {state}: there it begins with {prefix}.</source>
        <translation>Der AGS passt nicht zum Bundesland {state}: Dort beginnt er mit {prefix}.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Landkreis</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Landkreis Goslar</source>
        <translation>z. B. Landkreis Goslar</translation>
    </message>
    <message>
        <source>Federal &amp;state:</source>
        <translation>&amp;Bundesland:</translation>
    </message>
    <message>
        <source>Choose the federal state</source>
        <translation>Bundesland wählen</translation>
    </message>
    <message>
        <source>&amp;AGS key:</source>
        <translation>&amp;AGS-Schlüssel:</translation>
    </message>
    <message>
        <source>8 digits, optional</source>
        <translation>8 Ziffern, optional</translation>
    </message>
    <message>
        <source>Programme &amp;phase:</source>
        <translation>Programm&amp;phase:</translation>
    </message>
    <message>
        <source>&amp;Consultancy:</source>
        <translation>&amp;Beratung:</translation>
    </message>
    <message>
        <source>The consultancy that accompanies the district (e.g. Kompetus, Ramboll)</source>
        <translation>Die Beratung, die den Landkreis begleitet (z. B. Kompetus, Ramboll)</translation>
    </message>
    <message>
        <source>Process s&amp;tart:</source>
        <translation>Prozess&amp;beginn:</translation>
    </message>
    <message>
        <source>set</source>
        <translation>festgelegt</translation>
    </message>
    <message>
        <source>Process e&amp;nd:</source>
        <translation>Prozess&amp;ende:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
</context>
<context>
    <name>DistrictOverview</name>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>Concepts</source>
        <translation>Konzepte</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht terminiert</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
    <message>
        <source>reached (from the data)</source>
        <translation>erreicht (aus den Daten)</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>ohne Plan</translation>
    </message>
    <message>
        <source>{date} (spread)</source>
        <translation>{date} (rechnerisch)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Reached: {reached} · according to plan: {due}</source>
        <translation>Erreicht: {reached} · laut Plan: {due}</translation>
    </message>
    <message>
        <source>late: {count}</source>
        <translation>verspätet: {count}</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <source>Federal state:</source>
        <translation>Bundesland:</translation>
    </message>
    <message>
        <source>AGS key:</source>
        <translation>AGS-Schlüssel:</translation>
    </message>
    <message>
        <source>Programme phase:</source>
        <translation>Programmphase:</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Prozess:</translation>
    </message>
    <message>
        <source>Process (stages)</source>
        <translation>Prozess (Stufen)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to set a stage's dates by hand.</source>
        <translation>Doppelklick oder Eingabetaste: die Daten einer Stufe von Hand setzen.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>EventsDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Landkreis</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <source>(no phase)</source>
        <translation>(keine Phase)</translation>
    </message>
    <message>
        <source>Choose the phase first (on the General tab).</source>
        <translation>Bitte zuerst die Phase wählen (Reiter „Allgemein“).</translation>
    </message>
    <message>
        <source>(office, guest)</source>
        <translation>(Programmbüro, Gast)</translation>
    </message>
    <message>
        <source>New event “{title}”</source>
        <translation>Neue Veranstaltung „{title}“</translation>
    </message>
    <message>
        <source>Edit event “{title}”</source>
        <translation>Veranstaltung „{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete event “{title}”</source>
        <translation>Veranstaltung „{title}“ löschen</translation>
    </message>
    <message>
        <source>Save the protocol</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Gespeichert als {path}</translation>
    </message>
    <message>
        <source>Tick at least one district taking part.</source>
        <translation>Bitte mindestens einen teilnehmenden Landkreis ankreuzen.</translation>
    </message>
    <message>
        <source>Every participant needs a name (tab Participants).</source>
        <translation>Alle Teilnehmenden brauchen einen Namen (Reiter „Teilnehmende“).</translation>
    </message>
    <message>
        <source>Every learning needs a title (tab Learnings).</source>
        <translation>Jeder Impuls braucht einen Titel (Reiter „Impulse“).</translation>
    </message>
    <message>
        <source>Programme events</source>
        <translation>Programmveranstaltungen</translation>
    </message>
    <message>
        <source>Forum meetings, learning journeys, expert events and the phase conference: each with the districts taking part. Every account of a participating district sees the event; the office and the consultants write it.</source>
        <translation>Forum, Lernreisen, Fachveranstaltungen und die Konferenz der Phase – jeweils mit den teilnehmenden Landkreisen. Jedes Konto eines teilnehmenden Landkreises sieht die Veranstaltung; das Programmbüro und die Beratung schreiben sie.</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>&amp;Neue Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tite&amp;l:</translation>
    </message>
    <message>
        <source>e.g. Forum Integration in ländlichen Räumen</source>
        <translation>z. B. Forum Integration in ländlichen Räumen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Host municipality:</source>
        <translation>&amp;Gastgebende Kommune:</translation>
    </message>
    <message>
        <source>for learning journeys</source>
        <translation>bei Lernreisen</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>La&amp;nd:</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>T&amp;hemen:</translation>
    </message>
    <message>
        <source>&amp;Speakers:</source>
        <translation>Re&amp;ferierende:</translation>
    </message>
    <message>
        <source>D&amp;istricts</source>
        <translation>Land&amp;kreise</translation>
    </message>
    <message>
        <source>The districts taking part: their accounts see the event.</source>
        <translation>Die teilnehmenden Landkreise: ihre Konten sehen die Veranstaltung.</translation>
    </message>
    <message>
        <source>Tick the &amp;whole phase</source>
        <translation>&amp;Ganze Phase ankreuzen</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Teilnehmende</translation>
    </message>
    <message>
        <source>&amp;Add participant</source>
        <translation>Teilnehmende &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Agenda and results</source>
        <translation>Ablauf und &amp;Ergebnisse</translation>
    </message>
    <message>
        <source>A&amp;genda:</source>
        <translation>&amp;Tagesordnung:</translation>
    </message>
    <message>
        <source>one item per line</source>
        <translation>ein Punkt je Zeile</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>Er&amp;gebnisse:</translation>
    </message>
    <message>
        <source>Agree&amp;ments:</source>
        <translation>&amp;Vereinbarungen:</translation>
    </message>
    <message>
        <source>&amp;Learnings</source>
        <translation>&amp;Impulse</translation>
    </message>
    <message>
        <source>What the districts took away ("Impulse"): each one can be used in the concept of a participating district.</source>
        <translation>Was die Landkreise mitnehmen: Jeder Impuls kann in das Konzept eines teilnehmenden Landkreises übernommen werden.</translation>
    </message>
    <message>
        <source>Add l&amp;earning</source>
        <translation>Impuls hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Pro&amp;tocol (PDF) …</source>
        <translation>&amp;Protokoll (PDF) …</translation>
    </message>
    <message>
        <source>&amp;Save event</source>
        <translation>Veranstaltung &amp;speichern</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>The log file is {path}.</source>
        <translation>Die Protokolldatei liegt in {path}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <source>{key} (from an earlier template):</source>
        <translation>{key} (aus früherer Vorlage):</translation>
    </message>
    <message>
        <source>One entry per line</source>
        <translation>Ein Eintrag je Zeile</translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message numerus="yes">
        <source>Add %n file(s)</source>
        <translation>
            <numerusform>%n Datei hinzufügen</numerusform>
            <numerusform>%n Dateien hinzufügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>New district</source>
        <translation>Neuer Landkreis</translation>
    </message>
    <message>
        <source>Edit the district</source>
        <translation>Landkreis bearbeiten</translation>
    </message>
    <message>
        <source>Delete the district (to the recycle bin)</source>
        <translation>Landkreis löschen (in den Papierkorb)</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Filter the district list</source>
        <translation>Landkreisliste filtern</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Überall suchen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Konzept</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Leave the presentation</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation>&amp;Workshops</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Akteure</translation>
    </message>
    <message>
        <source>&amp;Concept</source>
        <translation>&amp;Konzept</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>Open the &amp;log file</source>
        <translation>&amp;Protokolldatei öffnen</translation>
    </message>
    <message>
        <source>The manual is missing: {path}</source>
        <translation>Das Handbuch fehlt: {path}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Noch keine Datei gewählt.</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Tabellen (*.xlsx *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the file …</source>
        <translation>Die Datei wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of %1:</source>
        <translation>
            <numerusform>Die erste Zeile von %1:</numerusform>
            <numerusform>Die ersten %n Zeilen von %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: “{name}” – update</source>
        <translation>Zeile {row}: „{name}“ – aktualisieren</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importieren)</translation>
    </message>
    <message>
        <source>column {n}</source>
        <translation>Spalte {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors. Correct the file and choose it again; nothing is imported until every row is valid.</source>
        <translation>
            <numerusform>%n Zeile hat Fehler. Korrigieren Sie die Datei und wählen Sie sie erneut; importiert wird erst, wenn jede Zeile gültig ist.</numerusform>
            <numerusform>%n Zeilen haben Fehler. Korrigieren Sie die Datei und wählen Sie sie erneut; importiert wird erst, wenn jede Zeile gültig ist.</numerusform>
        </translation>
    </message>
    <message>
        <source> The file was read as Windows-1252 text.</source>
        <translation> Die Datei wurde als Windows-1252-Text gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) ready to import.</source>
        <translation>
            <numerusform>%n Akteur:in bereit zum Import.</numerusform>
            <numerusform>%n Akteur:innen bereit zum Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s) already in the district: </source>
        <translation>
            <numerusform>%n Akteur:in gibt es im Landkreis schon: </numerusform>
            <numerusform>%n Akteur:innen gibt es im Landkreis schon: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation>
            <numerusform>%n aktualisiert, </numerusform>
            <numerusform>%n aktualisiert, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (choose under “Already in the district”).</source>
        <translation>
            <numerusform>%n übersprungen (wählbar unter „Schon im Landkreis“).</numerusform>
            <numerusform>%n übersprungen (wählbar unter „Schon im Landkreis“).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s) will be created: </source>
        <translation>
            <numerusform>%n neue Organisation wird angelegt: </numerusform>
            <numerusform>%n neue Organisationen werden angelegt: </numerusform>
        </translation>
    </message>
    <message>
        <source>Importing …</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <source>Import actors</source>
        <translation>Akteur:innen importieren</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>The first rows of the file:</source>
        <translation>Die ersten Zeilen der Datei:</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Vorschau der Datei</translation>
    </message>
    <message>
        <source>Column &amp;mapping</source>
        <translation>Spalten&amp;zuordnung</translation>
    </message>
    <message>
        <source>&amp;Already in the district</source>
        <translation>&amp;Schon im Landkreis</translation>
    </message>
    <message>
        <source>These rows name actors the district already has. Ticked rows update the actor with the values of the file; the others are skipped.</source>
        <translation>Diese Zeilen nennen Akteur:innen, die der Landkreis schon hat. Angehakte Zeilen aktualisieren sie mit den Werten der Datei; die anderen werden übersprungen.</translation>
    </message>
    <message>
        <source>Rows that match existing actors</source>
        <translation>Zeilen, die vorhandene Akteur:innen nennen</translation>
    </message>
    <message>
        <source>Check result:</source>
        <translation>Prüfergebnis:</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Politics</source>
        <translation>Politik</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Zivilgesellschaft</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Migrant:innen</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Wirtschaft</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Kick-off workshop</source>
        <translation>Auftaktworkshop</translation>
    </message>
    <message>
        <source>Thematic workshop</source>
        <translation>Fachworkshop</translation>
    </message>
    <message>
        <source>Steering group</source>
        <translation>Steuerungsgruppe</translation>
    </message>
    <message>
        <source>Learning journey</source>
        <translation>Lernreise</translation>
    </message>
    <message>
        <source>Network meeting / forum</source>
        <translation>Vernetzungstreffen / Forum</translation>
    </message>
    <message>
        <source>Expert event</source>
        <translation>Fachveranstaltung</translation>
    </message>
    <message>
        <source>Forum meeting</source>
        <translation>Forum</translation>
    </message>
    <message>
        <source>Phase conference</source>
        <translation>Konferenz der Phase</translation>
    </message>
    <message>
        <source>Final conference</source>
        <translation>Abschlusskonferenz</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>held</source>
        <translation>durchgeführt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>entschuldigt</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>Teilnehmende:r</translation>
    </message>
    <message>
        <source>moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in Abstimmung</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>beschlossen</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Please fill in server address, user name and password.</source>
        <translation>Bitte Serveradresse, Benutzername und Passwort angeben.</translation>
    </message>
    <message>
        <source>Logging in …</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Log in to the central store</source>
        <translation>Beim Zentralspeicher anmelden</translation>
    </message>
    <message>
        <source>Only a device token is kept, in the system's password store. Your password is not stored.</source>
        <translation>Gespeichert wird nur ein Geräteschlüssel, im Passwortspeicher des Systems. Ihr Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the data…</source>
        <translation>Daten werden geöffnet…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Konzept</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s)</source>
        <translation>
            <numerusform>%n Landkreis</numerusform>
            <numerusform>%n Landkreise</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo: {change}</source>
        <translation>&amp;Rückgängig: {change}</translation>
    </message>
    <message>
        <source>&amp;Redo: {change}</source>
        <translation>&amp;Wiederherstellen: {change}</translation>
    </message>
    <message>
        <source>District created.</source>
        <translation>Landkreis angelegt.</translation>
    </message>
    <message>
        <source>Stage “{stage}”</source>
        <translation>Stufe „{stage}“</translation>
    </message>
    <message>
        <source>“{name}” moved to the recycle bin. Undo with Ctrl+Z.</source>
        <translation>„{name}“ liegt jetzt im Papierkorb. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>Der Export ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>About LZZ Desktop</source>
        <translation>Über LZZ Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;p&gt;The field workbench of the programme {programme}: workshops, stakeholder maps and integration concepts, offline.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2&lt;/p&gt;&lt;p&gt;Data folder: {folder}&lt;/p&gt;</source>
        <translation>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;p&gt;Die Arbeitsumgebung des Programms {programme} für die Prozessbegleitung vor Ort: Workshops, Akteurslandkarten und Integrationskonzepte – auch ohne Netz.&lt;/p&gt;&lt;p&gt;Lizenz: EUPL-1.2&lt;/p&gt;&lt;p&gt;Datenordner: {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Some changes could not be saved (see the message in the editor). If you close now, they are lost.</source>
        <translation>Einige Änderungen konnten nicht gespeichert werden (siehe Hinweis im Editor). Wenn Sie jetzt schließen, gehen sie verloren.</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Fenster offen lassen</translation>
    </message>
    <message>
        <source>Close and discard</source>
        <translation>Schließen und verwerfen</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Landkreise</translation>
    </message>
    <message>
        <source>Filter districts (Ctrl+F)</source>
        <translation>Landkreise filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Select a district on the left, or create a new one (Ctrl+N).</source>
        <translation>Wählen Sie links einen Landkreis aus oder legen Sie einen neuen an (Strg+N).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Programme &amp;overview…</source>
        <translation>Programm&amp;übersicht …</translation>
    </message>
    <message>
        <source>Every district side by side: phase, consultancy, workshops, tasks, concept, actors</source>
        <translation>Alle Landkreise nebeneinander: Phase, Beratung, Workshops, Aufgaben, Konzept, Akteure</translation>
    </message>
    <message>
        <source>Programme &amp;events…</source>
        <translation>Programm&amp;veranstaltungen …</translation>
    </message>
    <message>
        <source>Forum meetings, learning journeys, expert events and the phase conference, across districts</source>
        <translation>Forum, Lernreisen, Fachveranstaltungen und die Konferenz der Phase, über die Landkreise hinweg</translation>
    </message>
    <message>
        <source>Programme &amp;phases…</source>
        <translation>Programm&amp;phasen …</translation>
    </message>
    <message>
        <source>Create and edit the programme's phases and assign the districts</source>
        <translation>Programmphasen anlegen und bearbeiten, Landkreise zuordnen</translation>
    </message>
    <message>
        <source>&amp;New district…</source>
        <translation>&amp;Neuer Landkreis…</translation>
    </message>
    <message>
        <source>Create a new district</source>
        <translation>Einen neuen Landkreis anlegen</translation>
    </message>
    <message>
        <source>&amp;Edit district…</source>
        <translation>Landkreis &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected district</source>
        <translation>Den ausgewählten Landkreis bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete district</source>
        <translation>Landkreis &amp;löschen</translation>
    </message>
    <message>
        <source>Move the selected district to the recycle bin</source>
        <translation>Den ausgewählten Landkreis in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&amp;Recycle bin…</source>
        <translation>&amp;Papierkorb…</translation>
    </message>
    <message>
        <source>Show deleted districts and restore them</source>
        <translation>Gelöschte Landkreise anzeigen und wiederherstellen</translation>
    </message>
    <message>
        <source>E&amp;xport district…</source>
        <translation>Landkreis e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the district's data into a folder</source>
        <translation>Die Daten des Landkreises in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find district</source>
        <translation>Landkreis &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;About LZZ Desktop</source>
        <translation>&amp;Über LZZ Desktop</translation>
    </message>
    <message>
        <source>&amp;Search everything …</source>
        <translation>Über&amp;all suchen …</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Draw relationships</source>
        <translation>Beziehungen ziehen</translation>
    </message>
    <message>
        <source>Drag from one actor to another to create a relationship of the chosen type.</source>
        <translation>Von einer Akteur:in zur anderen ziehen, um eine Beziehung der gewählten Art anzulegen.</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Stand festhalten</translation>
    </message>
    <message>
        <source>Show relationships</source>
        <translation>Beziehungen zeigen</translation>
    </message>
    <message>
        <source>Draw the relationship lines across the grid</source>
        <translation>Die Beziehungslinien über das Raster zeichnen</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Save as image…</source>
        <translation>Als Bild speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Print preview of the map with title and legend</source>
        <translation>Druckvorschau der Karte mit Titel und Legende</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Automatic layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Save map as image</source>
        <translation>Karte als Bild speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG graphic (*.svg);;PDF (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MeasuresTable</name>
    <message>
        <source>Add measure</source>
        <translation>Maßnahme hinzufügen</translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translation>Maßnahme entfernen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please enter a name.</source>
        <translation>Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Please enter a title.</source>
        <translation>Bitte geben Sie einen Titel ein.</translation>
    </message>
    <message>
        <source>Please enter the guest's name.</source>
        <translation>Bitte geben Sie den Namen des Gastes ein.</translation>
    </message>
    <message>
        <source>Please enter the text of the agreement.</source>
        <translation>Bitte geben Sie den Text der Vereinbarung ein.</translation>
    </message>
    <message>
        <source>Please enter the date of the council decision.</source>
        <translation>Bitte das Datum des Kreistagsbeschlusses angeben.</translation>
    </message>
    <message>
        <source>Please choose the federal state.</source>
        <translation>Bitte wählen Sie das Bundesland.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>The file is not a picture or it is damaged. Please choose a JPEG or PNG photo.</source>
        <translation>Die Datei ist kein Bild oder sie ist beschädigt. Bitte wählen Sie ein JPEG- oder PNG-Foto.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it exists and that you may open it.</source>
        <translation>Die Datei kann nicht gelesen werden. Prüfen Sie, ob sie vorhanden ist und ob Sie sie öffnen dürfen.</translation>
    </message>
    <message>
        <source>The AGS key has exactly 8 digits, e.g. 03153000. Leave it empty if unknown.</source>
        <translation>Der AGS-Schlüssel hat genau 8 Ziffern, z. B. 03153000. Lassen Sie das Feld leer, wenn er unbekannt ist.</translation>
    </message>
    <message>
        <source>The AGS key does not match the federal state: its first two digits name the state (e.g. 03 Niedersachsen, 09 Bayern).</source>
        <translation>Der AGS passt nicht zum Bundesland: Seine ersten beiden Ziffern nennen das Land (z. B. 03 Niedersachsen, 09 Bayern).</translation>
    </message>
    <message>
        <source>The end must not be before the start.</source>
        <translation>Das Ende darf nicht vor dem Beginn liegen.</translation>
    </message>
    <message>
        <source>This value is outside the allowed range.</source>
        <translation>Dieser Wert liegt außerhalb des erlaubten Bereichs.</translation>
    </message>
    <message>
        <source>Contact data of a person can only be stored with their consent. Record the consent first, or leave the contact fields empty.</source>
        <translation>Kontaktdaten einer Person dürfen nur mit ihrer Einwilligung gespeichert werden. Erfassen Sie zuerst die Einwilligung oder lassen Sie die Kontaktfelder leer.</translation>
    </message>
    <message>
        <source>Please enter the date on which consent was given.</source>
        <translation>Bitte geben Sie das Datum an, an dem die Einwilligung erteilt wurde.</translation>
    </message>
    <message>
        <source>An actor cannot have a relationship with itself.</source>
        <translation>Eine Akteur:in kann keine Beziehung zu sich selbst haben.</translation>
    </message>
    <message>
        <source>This relationship exists already. Change the existing one instead.</source>
        <translation>Diese Beziehung gibt es schon. Ändern Sie stattdessen die bestehende.</translation>
    </message>
    <message>
        <source>Choose an organisation, group or network of this district (not a person).</source>
        <translation>Wählen Sie eine Organisation, Gruppe oder ein Netzwerk dieses Landkreises (keine Person).</translation>
    </message>
    <message>
        <source>A record with this name exists already.</source>
        <translation>Ein Eintrag mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Dieser Wert ist ungültig.</translation>
    </message>
    <message>
        <source>This concept is decided and cannot be changed. Begin a new version to change it.</source>
        <translation>Dieses Konzept ist beschlossen und kann nicht geändert werden. Beginnen Sie eine neue Fassung, um es zu ändern.</translation>
    </message>
    <message>
        <source>This protocol is approved and cannot be changed. Take the approval back to change it.</source>
        <translation>Dieses Protokoll ist freigegeben und kann nicht geändert werden. Nehmen Sie die Freigabe zurück, um es zu ändern.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Nothing you entered has been lost.</source>
        <translation>Etwas ist schiefgegangen: {error}. Ihre Eingaben sind nicht verloren.</translation>
    </message>
    <message>
        <source>The folder of {path} cannot be written to. Please choose another folder.</source>
        <translation>In den Ordner von {path} kann nicht geschrieben werden. Bitte wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>{path} could not be written: {error}</source>
        <translation>{path} konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Your account (district staff) changes concept drafts and comments of its district only; everything else here is read-only.</source>
        <translation>Mit Ihrem Konto (Landkreis) ändern Sie Konzeptentwürfe und Kommentare Ihres Landkreises; alles andere ist hier nur lesbar.</translation>
    </message>
    <message>
        <source>Your account may not change this; the central store would refuse it.</source>
        <translation>Ihr Konto darf dies nicht ändern; der Zentralspeicher würde es ablehnen.</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Please enter a user name.</source>
        <translation>Bitte einen Benutzernamen eingeben.</translation>
    </message>
    <message>
        <source>The password needs at least {count} characters.</source>
        <translation>Das Passwort braucht mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>A district staff account belongs to exactly one district: tick one.</source>
        <translation>Ein Konto für Kreismitarbeitende gehört zu genau einem Landkreis: bitte einen ankreuzen.</translation>
    </message>
    <message>
        <source>Creating the account …</source>
        <translation>Konto wird angelegt …</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>C&amp;onsultancy:</source>
        <translation>B&amp;eratung:</translation>
    </message>
    <message>
        <source>e.g. Kompetus (consultants only)</source>
        <translation>z. B. Kompetus (nur für Berater:innen)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Districts:</source>
        <translation>&amp;Landkreise:</translation>
    </message>
</context>
<context>
    <name>OpenActionsModel</name>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From workshop</source>
        <translation>Aus Veranstaltung</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (überfällig)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase of the workspace</source>
        <translation>Passphrase der Daten</translation>
    </message>
    <message>
        <source>No keyring of the operating system is available to keep the key of your data. Choose a passphrase of at least {count} characters: the data on this computer is encrypted with it, and it is asked at every start. Without it nobody — not even the programme office — can read the data on this computer again.</source>
        <translation>Auf diesem Computer steht kein Schlüsselbund des Betriebssystems bereit, der den Schlüssel Ihrer Daten verwahren könnte. Wählen Sie eine Passphrase mit mindestens {count} Zeichen: Mit ihr werden die Daten auf diesem Computer verschlüsselt, und sie wird bei jedem Start abgefragt. Ohne sie kann niemand – auch nicht die Programmstelle – die Daten auf diesem Computer wieder lesen.</translation>
    </message>
    <message>
        <source>The data on this computer is encrypted. Enter the passphrase to open it.</source>
        <translation>Die Daten auf diesem Computer sind verschlüsselt. Geben Sie die Passphrase ein, um sie zu öffnen.</translation>
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
        <source>This passphrase does not open the data. Try again.</source>
        <translation>Diese Passphrase öffnet die Daten nicht. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>Die Passphrase braucht mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Die beiden Eingaben stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Rendering the pages…</source>
        <translation>Seiten werden aufbereitet …</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview cannot be shown: {error}</source>
        <translation>Die Vorschau kann nicht angezeigt werden: {error}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Gespeichert als {path}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt …</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer</source>
        <translation>
            <numerusform>%n Seite an den Drucker gesendet</numerusform>
            <numerusform>%n Seiten an den Drucker gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern …</translation>
    </message>
</context>
<context>
    <name>PhasesDialog</name>
    <message>
        <source> (now: {phase})</source>
        <translation> (bisher: {phase})</translation>
    </message>
    <message>
        <source>New phase “{name}”</source>
        <translation>Neue Phase „{name}“</translation>
    </message>
    <message>
        <source>Edit phase “{name}”</source>
        <translation>Phase „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete phase “{name}”</source>
        <translation>Phase „{name}“ löschen</translation>
    </message>
    <message>
        <source>Programme phases</source>
        <translation>Programmphasen</translation>
    </message>
    <message>
        <source>The programme's phases and the districts each one accompanies. Changes are shared with every device at the next sync; only the programme office can make them.</source>
        <translation>Die Phasen des Programms und die Landkreise, die jede begleitet. Änderungen erreichen beim nächsten Abgleich alle Geräte; nur das Programmbüro kann sie vornehmen.</translation>
    </message>
    <message>
        <source>&amp;New phase</source>
        <translation>&amp;Neue Phase</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>e.g. Programmphase 2025–2026</source>
        <translation>z. B. Programmphase 2025–2026</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Jahre:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>S&amp;tages (one per line):</source>
        <translation>S&amp;tufen (eine pro Zeile):</translation>
    </message>
    <message>
        <source>The stages of a district's year in this phase, in order. The programme's stages when left as they are.</source>
        <translation>Die Stufen des Jahres eines Landkreises in dieser Phase, in ihrer Reihenfolge. Unverändert gelassen: die Stufen des Programms.</translation>
    </message>
    <message>
        <source>D&amp;istricts:</source>
        <translation>Land&amp;kreise:</translation>
    </message>
    <message>
        <source>&amp;Save phase</source>
        <translation>Phase &amp;speichern</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
</context>
<context>
    <name>ProgrammeOverview</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in Abstimmung</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>beschlossen</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Landkreis</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Consultancy</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Konzept</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Stage → plan</source>
        <translation>Stufe → Plan</translation>
    </message>
    <message>
        <source>Reached: {reached} · planned by now: {due}</source>
        <translation>Erreicht: {reached} · laut Plan jetzt: {due}</translation>
    </message>
    <message>
        <source>stages late: {count}</source>
        <translation>Stufen verspätet: {count}</translation>
    </message>
    <message>
        <source>Reading the districts…</source>
        <translation>Die Landkreise werden gelesen …</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <source>%n district(s). Double-click (or Enter) opens the district.</source>
        <translation>
            <numerusform>%n Landkreis. Doppelklick (oder Eingabe) öffnet den Landkreis.</numerusform>
            <numerusform>%n Landkreise. Doppelklick (oder Eingabe) öffnet den Landkreis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the conference report</source>
        <translation>Konferenzbericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the conference report…</source>
        <translation>Der Konferenzbericht wird geschrieben …</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>Als Excel speichern</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Gespeichert als {path}</translation>
    </message>
    <message>
        <source>Programme overview</source>
        <translation>Programmübersicht</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Consultancy:</source>
        <translation>&amp;Beratung:</translation>
    </message>
    <message>
        <source>Conference &amp;report…</source>
        <translation>&amp;Konferenzbericht …</translation>
    </message>
    <message>
        <source>The conference report of the phase chosen above (PDF)</source>
        <translation>Der Konferenzbericht der oben gewählten Phase (PDF)</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Als &amp;Excel speichern …</translation>
    </message>
    <message>
        <source>Double-click (or Enter) opens the district.</source>
        <translation>Doppelklick (oder Eingabe) öffnet den Landkreis.</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <source>Recycle bin</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Deleted districts stay here until you restore them.</source>
        <translation>Gelöschte Landkreise bleiben hier, bis Sie sie wiederherstellen.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Your account may not change this record (role or district).</source>
        <translation>Ihr Konto darf diesen Datensatz nicht ändern (Rolle oder Landkreis).</translation>
    </message>
    <message>
        <source>The change would move the record to another district.</source>
        <translation>Die Änderung würde den Datensatz in einen anderen Landkreis verschieben.</translation>
    </message>
    <message>
        <source>The record refers to something the central store does not have in this district.</source>
        <translation>Der Datensatz verweist auf etwas, das der Zentralspeicher in diesem Landkreis nicht hat.</translation>
    </message>
    <message>
        <source>The central store does not have this record.</source>
        <translation>Der Zentralspeicher hat diesen Datensatz nicht.</translation>
    </message>
    <message>
        <source>A value breaks a rule of the central store (too long, out of range, invalid).</source>
        <translation>Ein Wert verletzt eine Regel des Zentralspeichers (zu lang, außerhalb des Bereichs, ungültig).</translation>
    </message>
    <message>
        <source>The change is too large to be sent.</source>
        <translation>Die Änderung ist zu groß, um gesendet zu werden.</translation>
    </message>
    <message>
        <source>The record is approved or decided and frozen.</source>
        <translation>Der Datensatz ist freigegeben oder beschlossen und damit eingefroren.</translation>
    </message>
    <message>
        <source>The central store refused the change.</source>
        <translation>Der Zentralspeicher hat die Änderung abgelehnt.</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <source>{record} ({kind})</source>
        <translation>{record} ({kind})</translation>
    </message>
    <message>
        <source>No refused changes.</source>
        <translation>Keine abgelehnten Änderungen.</translation>
    </message>
    <message>
        <source>Fetching the central store's state …</source>
        <translation>Stand des Zentralspeichers wird geholt …</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>The central store did not accept these changes. They are kept on this computer and are not sent again until you decide: take the central store's state (copy your text first if you need it), or send them again once the office has given you the rights.</source>
        <translation>Der Zentralspeicher hat diese Änderungen nicht angenommen. Sie bleiben auf diesem Computer und werden erst wieder gesendet, wenn Sie entscheiden: Stand des Zentralspeichers übernehmen (kopieren Sie vorher Ihren Text, wenn Sie ihn brauchen) oder erneut senden, sobald die Programmstelle Ihnen die Rechte gegeben hat.</translation>
    </message>
    <message>
        <source>&amp;Your values on this computer:</source>
        <translation>&amp;Ihre Werte auf diesem Computer:</translation>
    </message>
    <message>
        <source>&amp;Take the central store's state</source>
        <translation>Stand des &amp;Zentralspeichers übernehmen</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>Erneut &amp;senden</translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <source>Edit relationship</source>
        <translation>Beziehung bearbeiten</translation>
    </message>
    <message>
        <source>New relationship</source>
        <translation>Neue Beziehung</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Zu:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Strength (1–3):</source>
        <translation>&amp;Stärke (1–3):</translation>
    </message>
    <message>
        <source>&amp;Directed (from → to)</source>
        <translation>&amp;Gerichtet (von → zu)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Alle Landkreise</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) – Enter opens the selected one</source>
        <translation>
            <numerusform>%n Treffer – Eingabetaste öffnet den ausgewählten</numerusform>
            <numerusform>%n Treffer – Eingabetaste öffnet den ausgewählten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>Nichts gefunden für „{text}“.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search workshops, actors, concepts … (words match as you type, "a phrase" in quotes)</source>
        <translation>Workshops, Akteure, Konzepte durchsuchen … (Wortanfänge genügen, "Wortfolge" in Anführungszeichen)</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Landkreis</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <source>Records set aside</source>
        <translation>Zurückgestellte Datensätze</translation>
    </message>
    <message>
        <source>These records came from the central store but could not be taken over by this version of LZZ Desktop. Everything else was synchronised. They are kept as they came and are tried again after an update; copy the details for the programme office's support.</source>
        <translation>Diese Datensätze kamen vom Zentralspeicher, konnten aber von dieser Version von LZZ Desktop nicht übernommen werden. Alles andere wurde abgeglichen. Sie werden unverändert aufbewahrt und nach einem Update erneut versucht; kopieren Sie die Details für den Support der Programmstelle.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>shown as author of your changes</source>
        <translation>wird als Autor:in Ihrer Änderungen angezeigt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect at the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Synchronise every:</source>
        <translation>&amp;Abgleich alle:</translation>
    </message>
    <message>
        <source>only by hand</source>
        <translation>nur von Hand</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Stage “{stage}”</source>
        <translation>Stufe „{stage}“</translation>
    </message>
    <message>
        <source>Set the dates by hand where the data does not show them. Not set: the plan is spread evenly over the process, the reached date comes from the data (kick-off held, concept decided).</source>
        <translation>Setzen Sie die Daten von Hand, wo die Daten sie nicht zeigen. Nicht gesetzt: Der Plan wird gleichmäßig über den Prozess verteilt, das Datum „erreicht“ kommt aus den Daten (Auftakt gehalten, Konzept beschlossen).</translation>
    </message>
    <message>
        <source>not set (spread over the process)</source>
        <translation>nicht gesetzt (über den Prozess verteilt)</translation>
    </message>
    <message>
        <source>not set (from the data)</source>
        <translation>nicht gesetzt (aus den Daten)</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;Geplant:</translation>
    </message>
    <message>
        <source>&amp;Reached:</source>
        <translation>&amp;Erreicht:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
</context>
<context>
    <name>Stakeholders</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle/Funktion</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagworte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Einwilligung am</translation>
    </message>
    <message>
        <source>Consent given how</source>
        <translation>Einwilligung wie</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row or no actors. Nothing was imported.</source>
        <translation>Die Datei ist leer: Sie hat keine Kopfzeile oder keine Akteur:innen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file is not a spreadsheet. Please save it as Excel workbook (.xlsx) or as CSV and choose it again. Nothing was imported.</source>
        <translation>Die Datei ist keine Tabelle. Bitte speichern Sie sie als Excel-Arbeitsmappe (.xlsx) oder als CSV und wählen Sie sie erneut. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file has {count} rows; one import takes at most 5000 actors. Please split the file. Nothing was imported.</source>
        <translation>Die Datei hat {count} Zeilen; ein Import nimmt höchstens 5000 Akteur:innen auf. Bitte teilen Sie die Datei. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>No column is chosen for “{field}”. Every actor needs it: choose the column in the mapping above. Nothing was imported.</source>
        <translation>Für „{field}“ ist keine Spalte gewählt. Jede Akteur:in braucht diese Angabe: Wählen Sie die Spalte oben in der Zuordnung. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file cannot be read: {detail}</source>
        <translation>Die Datei kann nicht gelesen werden: {detail}</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>{field} ist leer</translation>
    </message>
    <message>
        <source>unknown sector “{value}” (allowed: {allowed})</source>
        <translation>unbekannter Sektor „{value}“ (erlaubt: {allowed})</translation>
    </message>
    <message>
        <source>unknown kind “{value}” (allowed: {allowed})</source>
        <translation>unbekannte Art „{value}“ (erlaubt: {allowed})</translation>
    </message>
    <message>
        <source>unknown consent “{value}” (allowed: {allowed})</source>
        <translation>unbekannte Einwilligung „{value}“ (erlaubt: {allowed})</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a number</source>
        <translation>{field} „{value}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>{field} “{value}” is out of range</source>
        <translation>{field} „{value}“ liegt außerhalb des erlaubten Bereichs</translation>
    </message>
    <message>
        <source>“{value}” is imported without contact data: the file records no consent of this person</source>
        <translation>„{value}“ wird ohne Kontaktdaten importiert: Die Datei nennt keine Einwilligung dieser Person</translation>
    </message>
    <message>
        <source>{field} “{value}” is not a date (for example 15.01.2026)</source>
        <translation>{field} „{value}“ ist kein Datum (zum Beispiel 15.01.2026)</translation>
    </message>
    <message>
        <source>“{value}” appears more than once in the file</source>
        <translation>„{value}“ steht mehrfach in der Datei</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Zeile {row}: {problem}</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Zu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Actor or relationship</source>
        <translation>Akteur:in oder Beziehung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Stakeholder map {district} – as of {date}</source>
        <translation>Akteurslandkarte {district} – Stand {date}</translation>
    </message>
    <message>
        <source>stakeholder-map</source>
        <translation>akteurslandkarte</translation>
    </message>
    <message>
        <source>Influence {influence} · Attitude {attitude} · Interest {interest}</source>
        <translation>Einfluss {influence} · Haltung {attitude} · Interesse {interest}</translation>
    </message>
    <message>
        <source>Interest →</source>
        <translation>Interesse →</translation>
    </message>
    <message>
        <source>Influence →</source>
        <translation>Einfluss →</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Size: influence (0–4)</source>
        <translation>Größe: Einfluss (0–4)</translation>
    </message>
    <message>
        <source>Border ++/+: supports the process</source>
        <translation>Rand ++/+: unterstützt den Prozess</translation>
    </message>
    <message>
        <source>Border −/−−: sceptical</source>
        <translation>Rand −/−−: skeptisch</translation>
    </message>
    <message>
        <source>Circle: person, square: organisation</source>
        <translation>Kreis: Person, Quadrat: Organisation</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>new since the earlier snapshot</source>
        <translation>neu seit dem früheren Stand</translation>
    </message>
    <message>
        <source>changed influence or attitude</source>
        <translation>Einfluss oder Haltung geändert</translation>
    </message>
    <message>
        <source>Numbers on the map</source>
        <translation>Nummern auf der Karte</translation>
    </message>
    <message>
        <source>Cooperation</source>
        <translation>Kooperation</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Förderung</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>Hierarchie</translation>
    </message>
    <message>
        <source>no consent</source>
        <translation>keine Einwilligung</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Actor added</source>
        <translation>Akteur:in hinzugekommen</translation>
    </message>
    <message>
        <source>Actor removed</source>
        <translation>Akteur:in weggefallen</translation>
    </message>
    <message>
        <source>Influence changed</source>
        <translation>Einfluss geändert</translation>
    </message>
    <message>
        <source>Attitude changed</source>
        <translation>Haltung geändert</translation>
    </message>
    <message>
        <source>Relationship added</source>
        <translation>Beziehung hinzugekommen</translation>
    </message>
    <message>
        <source>Relationship removed</source>
        <translation>Beziehung weggefallen</translation>
    </message>
    <message>
        <source>core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>involved</source>
        <translation>beteiligt</translation>
    </message>
    <message>
        <source>periphery</source>
        <translation>Rand</translation>
    </message>
    <message>
        <source>involve closely</source>
        <translation>eng einbinden</translation>
    </message>
    <message>
        <source>keep satisfied</source>
        <translation>zufriedenstellen</translation>
    </message>
    <message>
        <source>keep informed</source>
        <translation>informieren</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>beobachten</translation>
    </message>
</context>
<context>
    <name>StakeholdersWidget</name>
    <message>
        <source>Stakeholder map</source>
        <translation>Akteurslandkarte</translation>
    </message>
    <message>
        <source>Influence / interest</source>
        <translation>Einfluss / Interesse</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Search name, role, organisation, tags…</source>
        <translation>Name, Rolle, Organisation, Schlagworte suchen…</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle Sektoren</translation>
    </message>
    <message>
        <source>New actor…</source>
        <translation>Neue:r Akteur:in…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Als Excel speichern…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>New relationship…</source>
        <translation>Neue Beziehung…</translation>
    </message>
    <message>
        <source>Tip: on the map, switch on “Draw relationships” and drag from actor to actor.</source>
        <translation>Tipp: Auf der Karte „Beziehungen ziehen“ einschalten und von Akteur:in zu Akteur:in ziehen.</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>&amp;Take snapshot…</source>
        <translation>&amp;Stand festhalten…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation>Früher:</translation>
    </message>
    <message>
        <source>Later:</source>
        <translation>Später:</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Stände</translation>
    </message>
    <message>
        <source>Influence and interest – {district}</source>
        <translation>Einfluss und Interesse – {district}</translation>
    </message>
    <message>
        <source>Network – {district}</source>
        <translation>Netzwerk – {district}</translation>
    </message>
    <message>
        <source>Add actor “{name}”</source>
        <translation>Akteur „{name}“ anlegen</translation>
    </message>
    <message>
        <source>Edit actor “{name}”</source>
        <translation>Akteur „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete actor “{name}”</source>
        <translation>Akteur „{name}“ löschen</translation>
    </message>
    <message>
        <source>“{name}” deleted with the relationships. Undo with Ctrl+Z.</source>
        <translation>„{name}“ mit den Beziehungen gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Erase person permanently…</source>
        <translation>Person endgültig löschen …</translation>
    </message>
    <message>
        <source>Erase name, contact data, notes and consents for good, here and on every device</source>
        <translation>Name, Kontaktdaten, Notizen und Einwilligungen endgültig löschen – hier und auf allen Geräten</translation>
    </message>
    <message>
        <source>Create access report…</source>
        <translation>Auskunft erstellen …</translation>
    </message>
    <message>
        <source>Write everything stored about this person into a folder (JSON and PDF)</source>
        <translation>Alles, was über diese Person gespeichert ist, in einen Ordner schreiben (JSON und PDF)</translation>
    </message>
    <message>
        <source>Persons whose consent is to be checked again with them within the next 30 days</source>
        <translation>Personen, deren Einwilligung in den nächsten 30 Tagen mit ihnen erneut zu prüfen ist</translation>
    </message>
    <message>
        <source>List of changes</source>
        <translation>Liste der Änderungen</translation>
    </message>
    <message>
        <source>Show the list of changes beside the map</source>
        <translation>Die Liste der Änderungen neben der Karte zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Consent review due (%n)</source>
        <translation>
            <numerusform>Einwilligung zur Prüfung fällig (%n)</numerusform>
            <numerusform>Einwilligungen zur Prüfung fällig (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only persons have this right; organisations and groups do not.</source>
        <translation>Nur Personen haben dieses Recht; Organisationen und Gruppen nicht.</translation>
    </message>
    <message>
        <source>Folder for the access report</source>
        <translation>Ordner für die Auskunft</translation>
    </message>
    <message>
        <source>Access report written: {files}</source>
        <translation>Auskunft geschrieben: {files}</translation>
    </message>
    <message>
        <source>Erase person permanently</source>
        <translation>Person endgültig löschen</translation>
    </message>
    <message>
        <source>Erase “{name}” permanently?</source>
        <translation>„{name}“ endgültig löschen?</translation>
    </message>
    <message>
        <source>Name, contact data, notes and the consent history are deleted on this computer now — in backups too — and on the central store and every other device at the next sync. The map keeps an anonymous entry with role and organisation. This cannot be undone.</source>
        <translation>Name, Kontaktdaten, Notizen und die Einwilligungen werden auf diesem Computer sofort gelöscht – auch in den Sicherungen – und beim nächsten Abgleich in der zentralen Ablage und auf allen anderen Geräten. Die Karte behält einen anonymen Eintrag mit Rolle und Organisation. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Erase permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>The person was erased permanently. The other devices follow at their next sync.</source>
        <translation>Die Person wurde endgültig gelöscht. Die anderen Geräte folgen beim nächsten Abgleich.</translation>
    </message>
    <message>
        <source>Add relationship {source} – {target}</source>
        <translation>Beziehung {source} – {target} anlegen</translation>
    </message>
    <message>
        <source>Edit relationship {source} – {target}</source>
        <translation>Beziehung {source} – {target} bearbeiten</translation>
    </message>
    <message>
        <source>Delete relationship {source} – {target}</source>
        <translation>Beziehung {source} – {target} löschen</translation>
    </message>
    <message>
        <source>Draw relationship {source} – {target}</source>
        <translation>Beziehung {source} – {target} ziehen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n actor(s) on the map: {names}</source>
        <translation>
            <numerusform>%n Akteur auf der Karte verschieben: {names}</numerusform>
            <numerusform>%n Akteure auf der Karte verschieben: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset the map layout</source>
        <translation>Kartenanordnung zurücksetzen</translation>
    </message>
    <message>
        <source>Take at least two snapshots to compare them.</source>
        <translation>Halten Sie mindestens zwei Stände fest, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Take snapshot “{title}”</source>
        <translation>Momentaufnahme „{title}“ festhalten</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>Stand {date}</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Stand festhalten</translation>
    </message>
    <message>
        <source>Name of the snapshot:</source>
        <translation>Name des Stands:</translation>
    </message>
    <message>
        <source>Actors: {added} added, {removed} removed, {changed} with changed influence or attitude. Relationships: {rel_added} added, {rel_removed} removed.</source>
        <translation>Akteur:innen: {added} hinzugekommen, {removed} weggefallen, {changed} mit geändertem Einfluss oder geänderter Haltung. Beziehungen: {rel_added} hinzugekommen, {rel_removed} weggefallen.</translation>
    </message>
    <message>
        <source>Changes – {earlier} → {later}</source>
        <translation>Veränderungen – {earlier} → {later}</translation>
    </message>
    <message numerus="yes">
        <source>Import %n actor(s)</source>
        <translation>
            <numerusform>%n Akteur:in importieren</numerusform>
            <numerusform>%n Akteur:innen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Save actor list</source>
        <translation>Akteursliste speichern</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>S&amp;ync</source>
        <translation>A&amp;bgleich</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Jetzt abgleichen</translation>
    </message>
    <message>
        <source>&amp;Log in to the central store …</source>
        <translation>Beim Zentralspeicher an&amp;melden …</translation>
    </message>
    <message>
        <source>&amp;Conflicts …</source>
        <translation>&amp;Konflikte …</translation>
    </message>
    <message>
        <source>&amp;Refused changes …</source>
        <translation>&amp;Abgelehnte Änderungen …</translation>
    </message>
    <message>
        <source>Records set &amp;aside …</source>
        <translation>&amp;Zurückgestellte Datensätze …</translation>
    </message>
    <message>
        <source>&amp;Manage accounts …</source>
        <translation>&amp;Konten verwalten …</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be synchronised</source>
        <translation>
            <numerusform>%n Änderung wartet auf den Abgleich</numerusform>
            <numerusform>%n Änderungen warten auf den Abgleich</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync {time}</source>
        <translation>zuletzt abgeglichen {time}</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n Änderung abgelehnt</numerusform>
            <numerusform>%n Änderungen abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) set aside</source>
        <translation>
            <numerusform>%n Datensatz zurückgestellt</numerusform>
            <numerusform>%n Datensätze zurückgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>last attempt failed</source>
        <translation>letzter Versuch fehlgeschlagen</translation>
    </message>
    <message>
        <source>Synchronising …</source>
        <translation>Abgleich läuft …</translation>
    </message>
    <message numerus="yes">
        <source>Synchronising … %n sent</source>
        <translation>
            <numerusform>Abgleich läuft … %n gesendet</numerusform>
            <numerusform>Abgleich läuft … %n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synchronising … %n received</source>
        <translation>
            <numerusform>Abgleich läuft … %n empfangen</numerusform>
            <numerusform>Abgleich läuft … %n empfangen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Current state</source>
        <translation>Aktueller Stand</translation>
    </message>
    <message>
        <source>Version {number}: {name}</source>
        <translation>Version {number}: {name}</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>The two states have the same content.</source>
        <translation>Beide Stände haben denselben Inhalt.</translation>
    </message>
    <message>
        <source>Unchanged: {sections}</source>
        <translation>Unverändert: {sections}</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <source>Restore version {number} “{name}”? Its text replaces the current text; the restored state is saved as a new version, and the current state stays in the history.</source>
        <translation>Version {number} „{name}“ wiederherstellen? Ihr Text ersetzt den aktuellen Text; der wiederhergestellte Stand wird als neue Version gespeichert, und der aktuelle Stand bleibt im Verlauf erhalten.</translation>
    </message>
</context>
<context>
    <name>WorkshopEditor</name>
    <message>
        <source>The protocol is approved: it can be read, not changed.</source>
        <translation>Das Protokoll ist freigegeben: Es kann gelesen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>Open tasks from earlier workshops (tick what is done)</source>
        <translation>Offene Aufgaben aus früheren Workshops (Erledigtes abhaken)</translation>
    </message>
    <message>
        <source>approved on {date} by {name}</source>
        <translation>freigegeben am {date} durch {name}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Choose a person of the district</source>
        <translation>Person aus dem Landkreis wählen</translation>
    </message>
    <message>
        <source>Who? (person or text)</source>
        <translation>Wer? (Person oder Text)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Change workshop “{title}”</source>
        <translation>Workshop „{title}“ ändern</translation>
    </message>
    <message>
        <source>Rename agenda item {number}</source>
        <translation>TOP {number} umbenennen</translation>
    </message>
    <message>
        <source>Add agenda item “{title}”</source>
        <translation>TOP „{title}“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove agenda item “{title}”</source>
        <translation>TOP „{title}“ entfernen</translation>
    </message>
    <message>
        <source>Reorder the agenda</source>
        <translation>Tagesordnung umsortieren</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>bis {date}</translation>
    </message>
    <message>
        <source>Change status of task “{title}”</source>
        <translation>Status der Aufgabe „{title}“ ändern</translation>
    </message>
    <message>
        <source>Please enter who approved the protocol.</source>
        <translation>Bitte geben Sie ein, wer das Protokoll freigegeben hat.</translation>
    </message>
    <message>
        <source>Only the protocol of a workshop that has taken place can be approved.</source>
        <translation>Nur das Protokoll eines Workshops, der stattgefunden hat, kann freigegeben werden.</translation>
    </message>
    <message>
        <source>Approve protocol</source>
        <translation>Protokoll freigeben</translation>
    </message>
    <message>
        <source>Approve the protocol as {name}? Afterwards it cannot be changed until the approval is taken back.</source>
        <translation>Protokoll als {name} freigeben? Danach kann es nicht mehr geändert werden, bis die Freigabe zurückgenommen wird.</translation>
    </message>
    <message>
        <source>Take the approval back</source>
        <translation>Freigabe zurücknehmen</translation>
    </message>
    <message>
        <source>Why is the approval taken back? (This is kept with the protocol's history.)</source>
        <translation>Warum wird die Freigabe zurückgenommen? (Die Begründung bleibt in der Geschichte des Protokolls.)</translation>
    </message>
    <message>
        <source>Please give a reason for taking the approval back.</source>
        <translation>Bitte geben Sie einen Grund für die Rücknahme der Freigabe an.</translation>
    </message>
    <message>
        <source>No sector</source>
        <translation>Kein Sektor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <source>{name} (guest)</source>
        <translation>{name} (Gast)</translation>
    </message>
    <message>
        <source>Change sector of “{name}”</source>
        <translation>Sektor von „{name}“ ändern</translation>
    </message>
    <message>
        <source>Change attendance of “{name}”</source>
        <translation>Anwesenheit von „{name}“ ändern</translation>
    </message>
    <message>
        <source>Change role of “{name}”</source>
        <translation>Rolle von „{name}“ ändern</translation>
    </message>
    <message>
        <source>Present: {present} · listed: {listed}</source>
        <translation>Anwesend: {present} · eingetragen: {listed}</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Please choose a person from the list.</source>
        <translation>Bitte wählen Sie eine Person aus der Liste.</translation>
    </message>
    <message>
        <source>This person is already on the list.</source>
        <translation>Diese Person steht schon auf der Liste.</translation>
    </message>
    <message>
        <source>Add participant “{name}”</source>
        <translation>Teilnehmende:n „{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove participant “{name}”</source>
        <translation>Teilnehmende:n „{name}“ entfernen</translation>
    </message>
    <message>
        <source>Add agreement “{text}”</source>
        <translation>Vereinbarung „{text}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit agreement “{text}”</source>
        <translation>Vereinbarung „{text}“ ändern</translation>
    </message>
    <message>
        <source>Remove agreement “{text}”</source>
        <translation>Vereinbarung „{text}“ entfernen</translation>
    </message>
    <message>
        <source>Add task “{title}”</source>
        <translation>Aufgabe „{title}“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename task “{title}”</source>
        <translation>Aufgabe „{title}“ umbenennen</translation>
    </message>
    <message>
        <source>Remove task “{title}”</source>
        <translation>Aufgabe „{title}“ entfernen</translation>
    </message>
    <message>
        <source>Add photos or files</source>
        <translation>Fotos oder Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <source>“{name}” is a very large photo ({mp:.0f} megapixels). It was added; the protocol shows it scaled down, the original stays unchanged.</source>
        <translation>„{name}“ ist ein sehr großes Foto ({mp:.0f} Megapixel). Es wurde hinzugefügt; das Protokoll zeigt es verkleinert, das Original bleibt unverändert.</translation>
    </message>
    <message>
        <source>Remove file “{name}”</source>
        <translation>Datei „{name}“ entfernen</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>← All workshops</source>
        <translation>← Alle Workshops</translation>
    </message>
    <message>
        <source>Protocol…</source>
        <translation>Protokoll …</translation>
    </message>
    <message>
        <source>Sign-in sheet…</source>
        <translation>Teilnehmendenliste …</translation>
    </message>
    <message>
        <source>Calendar file…</source>
        <translation>Kalendereintrag …</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>e.g. Steering group meeting 3</source>
        <translation>z. B. 3. Sitzung der Steuerungsgruppe</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>e.g. Kreishaus, large meeting room</source>
        <translation>z. B. Kreishaus, Großer Sitzungssaal</translation>
    </message>
    <message>
        <source>&amp;Moderation:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <source>M&amp;inutes:</source>
        <translation>Protokoll&amp;führung:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>What should the workshop achieve?</source>
        <translation>Was soll der Workshop erreichen?</translation>
    </message>
    <message>
        <source>List participants in the protocol by organisation only (no names)</source>
        <translation>Teilnehmende im Protokoll nur nach Organisation nennen (ohne Namen)</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokollstatus:</translation>
    </message>
    <message>
        <source>approved by (name)</source>
        <translation>freigegeben durch (Name)</translation>
    </message>
    <message>
        <source>&amp;Approve protocol</source>
        <translation>Protokoll &amp;freigeben</translation>
    </message>
    <message>
        <source>Take the &amp;approval back …</source>
        <translation>Freigabe &amp;zurücknehmen …</translation>
    </message>
    <message>
        <source>Agen&amp;da</source>
        <translation>Tagesor&amp;dnung</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the agenda item up (Ctrl+Up)</source>
        <translation>TOP nach oben schieben (Strg+Pfeil hoch)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the agenda item down (Ctrl+Down)</source>
        <translation>TOP nach unten schieben (Strg+Pfeil runter)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Title of a new agenda item</source>
        <translation>Titel eines neuen TOP</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>TOP &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Drag items or use Ctrl+Up / Ctrl+Down to change the order.</source>
        <translation>Reihenfolge ändern: TOPs ziehen oder Strg+Pfeil hoch / Strg+Pfeil runter.</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Course of the discussion, contributions</source>
        <translation>Verlauf der Diskussion, Beiträge</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>&amp;Ergebnisse:</translation>
    </message>
    <message>
        <source>What was decided or found</source>
        <translation>Was beschlossen oder festgestellt wurde</translation>
    </message>
    <message>
        <source>Atte&amp;ndance</source>
        <translation>Teil&amp;nehmende</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Add &amp;person</source>
        <translation>Person hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Guest:</source>
        <translation>&amp;Gast:</translation>
    </message>
    <message>
        <source>Sector of the guest</source>
        <translation>Sektor des Gastes</translation>
    </message>
    <message>
        <source>Add g&amp;uest</source>
        <translation>Gast hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Agreements &amp;&amp; ta&amp;sks</source>
        <translation>Vereinbarungen &amp;&amp; Auf&amp;gaben</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <source>Add a&amp;greement</source>
        <translation>Vereinbarung hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>What is to be done?</source>
        <translation>Was ist zu tun?</translation>
    </message>
    <message>
        <source>Add &amp;task</source>
        <translation>Aufgabe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>Aufgabe entfernen</translation>
    </message>
    <message>
        <source>P&amp;hotos &amp;&amp; files</source>
        <translation>Fotos &amp;&amp; &amp;Dateien</translation>
    </message>
    <message>
        <source>Add &amp;photos or files…</source>
        <translation>&amp;Fotos oder Dateien hinzufügen …</translation>
    </message>
    <message>
        <source>Photos of flip charts and whiteboards appear in the protocol with their caption. The original files are kept unchanged.</source>
        <translation>Fotos von Flipcharts und Whiteboards erscheinen mit ihrer Bildunterschrift im Protokoll. Die Originaldateien bleiben unverändert.</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>&amp;Bildunterschrift:</translation>
    </message>
    <message>
        <source>Caption of the selected photo</source>
        <translation>Bildunterschrift des gewählten Fotos</translation>
    </message>
</context>
<context>
    <name>WorkshopTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>TOPs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>All formats</source>
        <translation>Alle Formate</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n Workshop</numerusform>
            <numerusform>%n Workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open action item(s)</source>
        <translation>
            <numerusform>%n offene Aufgabe</numerusform>
            <numerusform>%n offene Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open action items (%n)</source>
        <translation>
            <numerusform>Offene Aufgaben (%n)</numerusform>
            <numerusform>Offene Aufgaben (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <source>Create workshop “{title}”</source>
        <translation>Workshop „{title}“ anlegen</translation>
    </message>
    <message>
        <source>Duplicate workshop “{title}”</source>
        <translation>Workshop „{title}“ duplizieren</translation>
    </message>
    <message>
        <source>Delete workshop “{title}”</source>
        <translation>Workshop „{title}“ löschen</translation>
    </message>
    <message>
        <source>The workshop was moved to the recycle bin. Undo with Ctrl+Z.</source>
        <translation>Der Workshop wurde in den Papierkorb verschoben. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>The recycle bin is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>Restore “{title}” ({date})</source>
        <translation>„{title}“ ({date}) wiederherstellen</translation>
    </message>
    <message>
        <source>Restore workshop</source>
        <translation>Workshop wiederherstellen</translation>
    </message>
    <message>
        <source>The workshop was restored.</source>
        <translation>Der Workshop wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Dokument wird erstellt …</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Teilnehmendenliste</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>Kalendereintrag speichern</translation>
    </message>
    <message>
        <source>invitation.ics</source>
        <translation>einladung.ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file saved: {path}</source>
        <translation>Kalendereintrag gespeichert: {path}</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>&amp;New workshop</source>
        <translation>&amp;Neuer Workshop</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected workshop as template for the next meeting</source>
        <translation>Den gewählten Workshop als Vorlage für das nächste Treffen kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Recycle bin…</source>
        <translation>Papierkorb …</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a workshop.</source>
        <translation>Doppelklick oder Eingabetaste öffnet einen Workshop.</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>Open action items of all workshops of the district; overdue ones are marked red. Open items are offered to the next workshop as agenda item “Open tasks”.</source>
        <translation>Offene Aufgaben aus allen Workshops des Landkreises; überfällige sind rot markiert. Offene Aufgaben werden dem nächsten Workshop als TOP „Offene Aufgaben“ vorgeschlagen.</translation>
    </message>
</context>
</TS>