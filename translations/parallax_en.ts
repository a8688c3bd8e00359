<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<!-- English plural forms of the messages with a count (%n). Kept by hand: tst_translations
     checks that every such message of the code is here with both forms. -->
<context>
    <name>Parallax::ComparisonController</name>
    <message numerus="yes">
        <source>Reading articles: %n...</source>
        <translation>
            <numerusform>Reading articles: %n...</numerusform>
            <numerusform>Reading articles: %n...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Aligning %n source(s)...</source>
        <translation>
            <numerusform>Aligning %n source...</numerusform>
            <numerusform>Aligning %n sources...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) compared.</source>
        <translation>
            <numerusform>%n source compared.</numerusform>
            <numerusform>%n sources compared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) compared. Looking for conflicts, quotations and details only some sources carry...</source>
        <translation>
            <numerusform>%n source compared. Looking for conflicts, quotations and details only some sources carry...</numerusform>
            <numerusform>%n sources compared. Looking for conflicts, quotations and details only some sources carry...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::ConflictsPanel</name>
    <message numerus="yes">
        <source>%n conflict(s): sources that state different values of one fact.</source>
        <translation>
            <numerusform>%n conflict: sources that state different values of one fact.</numerusform>
            <numerusform>%n conflicts: sources that state different values of one fact.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::FindingsPanel</name>
    <message numerus="yes">
        <source>%n source(s) derived from another</source>
        <translation>
            <numerusform>%n source derived from another</numerusform>
            <numerusform>%n sources derived from another</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts: %n</source>
        <translation>
            <numerusform>Conflicts: %n</numerusform>
            <numerusform>Conflicts: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotation(s) worded differently</source>
        <translation>
            <numerusform>%n quotation worded differently</numerusform>
            <numerusform>%n quotations worded differently</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Quotations worded differently: %n</source>
        <translation>
            <numerusform>Quotations worded differently: %n</numerusform>
            <numerusform>Quotations worded differently: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes: %n</source>
        <translation>
            <numerusform>Notes: %n</numerusform>
            <numerusform>Notes: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n detail(s) only some sources carry</source>
        <translation>
            <numerusform>%n detail only some sources carry</numerusform>
            <numerusform>%n details only some sources carry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Details only some sources carry: %n</source>
        <translation>
            <numerusform>Details only some sources carry: %n</numerusform>
            <numerusform>Details only some sources carry: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only in %1: %n</source>
        <translation>
            <numerusform>Only in %1: %n</numerusform>
            <numerusform>Only in %1: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::ConsensusModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wordings</source>
        <translation>
            <numerusform>%n wording</numerusform>
            <numerusform>%n wordings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::ConsensusView</name>
    <message numerus="yes">
        <source>%1 of %n units shown</source>
        <translation>
            <numerusform>%1 of %n unit shown</numerusform>
            <numerusform>%1 of %n units shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::DetailsPanel</name>
    <message numerus="yes">
        <source>%n of %1 sources undated</source>
        <translation>
            <numerusform>%n of %1 sources undated</numerusform>
            <numerusform>%n of %1 sources undated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) only it carries</source>
        <translation>
            <numerusform>%n sentence only it carries</numerusform>
            <numerusform>%n sentences only it carries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) the base lacks</source>
        <translation>
            <numerusform>%n sentence the base lacks</numerusform>
            <numerusform>%n sentences the base lacks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added phrase(s)</source>
        <translation>
            <numerusform>%n added phrase</numerusform>
            <numerusform>%n added phrases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 is carried by %n source(s).</source>
        <translation>
            <numerusform>Row %1 is carried by %n source.</numerusform>
            <numerusform>Row %1 is carried by %n sources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::FindBar</name>
    <message numerus="yes">
        <source>%n hit(s). %1</source>
        <translation>
            <numerusform>%n hit. %1</numerusform>
            <numerusform>%n hits. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::MainWindow</name>
    <message numerus="yes">
        <source>Files that could not be read: %n. The others are loaded.</source>
        <translation>
            <numerusform>Files that could not be read: %n. The others are loaded.</numerusform>
            <numerusform>Files that could not be read: %n. The others are loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::Recovery</name>
    <message numerus="yes">
        <source>Parallax did not close properly last time. It autosaved the comparison at %1: %n source(s).</source>
        <translation>
            <numerusform>Parallax did not close properly last time. It autosaved the comparison at %1: %n source.</numerusform>
            <numerusform>Parallax did not close properly last time. It autosaved the comparison at %1: %n sources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::ReportRenderer</name>
    <message numerus="yes">
        <source>%n more in &quot;Conflicts&quot;.</source>
        <translation>
            <numerusform>%n more in &quot;Conflicts&quot;.</numerusform>
            <numerusform>%n more in &quot;Conflicts&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in &quot;Quotations&quot;.</source>
        <translation>
            <numerusform>%n more in &quot;Quotations&quot;.</numerusform>
            <numerusform>%n more in &quot;Quotations&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The page of each detail&apos;s row in brackets; %n more details in &quot;Who added what&quot;.</source>
        <translation>
            <numerusform>The page of each detail&apos;s row in brackets; %n more detail in &quot;Who added what&quot;.</numerusform>
            <numerusform>The page of each detail&apos;s row in brackets; %n more details in &quot;Who added what&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A comparison of %n version(s) of one story, made by Parallax on %1.</source>
        <translation>
            <numerusform>A comparison of %n version of one story, made by Parallax on %1.</numerusform>
            <numerusform>A comparison of %n versions of one story, made by Parallax on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) beside the base</source>
        <translation>
            <numerusform>%n source beside the base</numerusform>
            <numerusform>%n sources beside the base</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unit %1 · carried by %2 of %n source(s)</source>
        <translation>
            <numerusform>Unit %1 · carried by %2 of %n source</numerusform>
            <numerusform>Unit %1 · carried by %2 of %n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::SessionController</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::SynopsisModel</name>
    <message numerus="yes">
        <source>Carried by %n source(s)</source>
        <translation>
            <numerusform>Carried by %n source</numerusform>
            <numerusform>Carried by %n sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::QuotationsPanel</name>
    <message numerus="yes">
        <source>%n quotations are worded differently between sources, or printed in part.</source>
        <translation>
            <numerusform>%n quotation is worded differently between sources, or printed in part.</numerusform>
            <numerusform>%n quotations are worded differently between sources, or printed in part.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed by one source only: %n</source>
        <translation>
            <numerusform>Printed by one source only: %n</numerusform>
            <numerusform>Printed by one source only: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed alike by several sources: %n</source>
        <translation>
            <numerusform>Printed alike by several sources: %n</numerusform>
            <numerusform>Printed alike by several sources: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::SourceMatrixModel</name>
    <message numerus="yes">
        <source>%1 of the %n units of %2 are in %3.</source>
        <translation>
            <numerusform>%1 of the %n unit of %2 is in %3.</numerusform>
            <numerusform>%1 of the %n units of %2 are in %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::NotesController</name>
    <message numerus="yes">
        <source>Notes not shown: %n. Their sentences are in no row of this comparison.</source>
        <translation>
            <numerusform>%n note not shown: its sentences are in no row of this comparison.</numerusform>
            <numerusform>%n notes not shown: their sentences are in no row of this comparison.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::TimelineView</name>
    <message numerus="yes">
        <source>Undated (%n)</source>
        <translation>
            <numerusform>Undated (%n)</numerusform>
            <numerusform>Undated (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parallax::ProgressMeter</name>
    <message numerus="yes">
        <source>parallax: reading %n file(s), %1 %</source>
        <translation>
            <numerusform>parallax: reading %n file, %1 %</numerusform>
            <numerusform>parallax: reading %n files, %1 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>parallax: comparing %n source(s)</source>
        <translation>
            <numerusform>parallax: comparing %n source</numerusform>
            <numerusform>parallax: comparing %n sources</numerusform>
        </translation>
    </message>
</context>
</TS>
