<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>References: {count} broken reference(s) in {tables}.</source>
        <translation>Verweise: {count} fehlerhafte(r) Verweis(e) in {tables}.</translation>
    </message>
    <message>
        <source>Orphans: {count} record(s) without their district or parent record, in {tables}.</source>
        <translation>Verwaiste Datensätze: {count} Datensatz/Datensätze ohne Landkreis oder übergeordneten Eintrag, in {tables}.</translation>
    </message>
    <message>
        <source>References: all references point to existing records.</source>
        <translation>Verweise: Alle Verweise zeigen auf vorhandene Datensätze.</translation>
    </message>
    <message>
        <source>Orphans: none.</source>
        <translation>Verwaiste Datensätze: keine.</translation>
    </message>
    <message>
        <source>Sync: {count} change(s) waiting to be sent.</source>
        <translation>Synchronisation: {count} Änderung(en) warten auf das Senden.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Create district {name}</source>
        <translation>Landkreis {name} anlegen</translation>
    </message>
    <message>
        <source>Edit district {name}</source>
        <translation>Landkreis {name} bearbeiten</translation>
    </message>
    <message>
        <source>Delete district {name}</source>
        <translation>Landkreis {name} löschen</translation>
    </message>
    <message>
        <source>Restore district {name}</source>
        <translation>Landkreis {name} wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ConceptPage</name>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>No concept draft yet.</source>
        <translation>Noch kein Konzeptentwurf.</translation>
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
        <source>Notes</source>
        <translation>Notizen</translation>
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
        <source>Only a device token is kept, in the system&apos;s password store. Your password is not stored.</source>
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
        <source>District created.</source>
        <translation>Landkreis angelegt.</translation>
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
        <source>The folder {path} cannot be written to. Please choose another folder.</source>
        <translation>In den Ordner {path} kann nicht geschrieben werden. Bitte wählen Sie einen anderen Ordner.</translation>
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
        <source>Write the district&apos;s data into a folder</source>
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
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please enter a name.</source>
        <translation>Bitte geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dieses Feld ist ein Pflichtfeld.</translation>
    </message>
    <message>
        <source>The AGS key has exactly 8 digits, e.g. 03153000. Leave it empty if unknown.</source>
        <translation>Der AGS-Schlüssel hat genau 8 Ziffern, z. B. 03153000. Lassen Sie das Feld leer, wenn er unbekannt ist.</translation>
    </message>
    <message>
        <source>The end must not be before the start.</source>
        <translation>Das Ende darf nicht vor dem Beginn liegen.</translation>
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
        <source>Database from a newer version</source>
        <translation>Datenbank einer neueren Version</translation>
    </message>
    <message>
        <source>Database cannot be read</source>
        <translation>Datenbank nicht lesbar</translation>
    </message>
    <message>
        <source>Database is in use</source>
        <translation>Datenbank wird verwendet</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Problem mit der Datenbank</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of LZZ Desktop. To protect your data it is not opened. Please install the current version.</source>
        <translation>Die Datenbank {path} wurde mit einer neueren Version von LZZ Desktop geschrieben. Zum Schutz Ihrer Daten wird sie nicht geöffnet. Bitte installieren Sie die aktuelle Version.</translation>
    </message>
    <message>
        <source>The database {path} is damaged or not an LZZ database. The file has not been changed.</source>
        <translation>Die Datenbank {path} ist beschädigt oder keine LZZ-Datenbank. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database {path} is being used by another program. Close it and try again.</source>
        <translation>Die Datenbank {path} wird von einem anderen Programm verwendet. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database {path} could not be opened: {detail}</source>
        <translation>Die Datenbank {path} konnte nicht geöffnet werden: {detail}</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Nothing you entered has been lost.</source>
        <translation>Etwas ist schiefgegangen: {error}. Ihre Eingaben sind nicht verloren.</translation>
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
    <name>StakeholdersPage</name>
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
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n Akteur:in</numerusform>
            <numerusform>%n Akteur:innen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Not logged in to a central store. Log in first.</source>
        <translation>Nicht bei einem Zentralspeicher angemeldet. Bitte zuerst anmelden.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder Passwort.</translation>
    </message>
    <message>
        <source>Too many failed logins. Wait {seconds} seconds and try again.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen. Bitte {seconds} Sekunden warten und erneut versuchen.</translation>
    </message>
    <message>
        <source>The central store no longer accepts this device (logged out or revoked). Log in again.</source>
        <translation>Der Zentralspeicher nimmt dieses Gerät nicht mehr an (abgemeldet oder gesperrt). Bitte neu anmelden.</translation>
    </message>
    <message>
        <source>The central store refused a change outside your rights: {detail}</source>
        <translation>Der Zentralspeicher hat eine Änderung außerhalb Ihrer Rechte abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>The central store cannot be reached. Your changes stay saved here and are sent later.</source>
        <translation>Der Zentralspeicher ist nicht erreichbar. Ihre Änderungen bleiben hier gespeichert und werden später gesendet.</translation>
    </message>
    <message>
        <source>The central store reported an error. Your changes stay saved here; try again later.</source>
        <translation>Der Zentralspeicher hat einen Fehler gemeldet. Ihre Änderungen bleiben hier gespeichert; bitte später erneut versuchen.</translation>
    </message>
    <message>
        <source>The connection broke off during sync. Nothing was lost; try again.</source>
        <translation>Die Verbindung ist während des Abgleichs abgebrochen. Es ging nichts verloren; bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>The system&apos;s password store (keyring) is not available: {detail}</source>
        <translation>Der Passwortspeicher des Systems (Schlüsselbund) ist nicht verfügbar: {detail}</translation>
    </message>
    <message>
        <source>The central store refused the request: {detail}</source>
        <translation>Der Zentralspeicher hat die Anfrage abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>Synchronised: {pushed} sent, {pulled} received.</source>
        <translation>Abgeglichen: {pushed} gesendet, {pulled} empfangen.</translation>
    </message>
    <message>
        <source>{count} new conflict(s) to resolve.</source>
        <translation>{count} neue(r) Konflikt(e) zu klären.</translation>
    </message>
    <message>
        <source>{count} change(s) refused by the central store.</source>
        <translation>{count} Änderung(en) vom Zentralspeicher abgelehnt.</translation>
    </message>
    <message>
        <source>{count} file(s) wait for a better connection.</source>
        <translation>{count} Datei(en) warten auf eine bessere Verbindung.</translation>
    </message>
    <message>
        <source>Access to {count} district(s) ended; their local data was removed.</source>
        <translation>Zugriff auf {count} Landkreis(e) beendet; deren lokale Daten wurden entfernt.</translation>
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
    <message numerus="yes">
        <source>Pending: %n change(s)</source>
        <translation>
            <numerusform>Ausstehend: %n Änderung</numerusform>
            <numerusform>Ausstehend: %n Änderungen</numerusform>
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
    <name>WorkshopsPage</name>
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
    <message numerus="yes">
        <source>Workshops in %n event(s)</source>
        <translation>
            <numerusform>%n Veranstaltung</numerusform>
            <numerusform>%n Veranstaltungen</numerusform>
        </translation>
    </message>
</context>
</TS>
