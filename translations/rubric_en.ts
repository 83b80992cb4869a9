<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Rubric::Cli</name>
    <message numerus="yes">
        <source>fixed %n problems</source>
        <translation>
            <numerusform>fixed %n problem</numerusform>
            <numerusform>fixed %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: nothing changed; the file has %n other problem(s) (see rubric validate)</source>
        <translation>
            <numerusform>note: nothing changed; the file has %n other problem (see rubric validate)</numerusform>
            <numerusform>note: nothing changed; the file has %n other problems (see rubric validate)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n value(s)</source>
        <translation>
            <numerusform>%1 needs %n value</numerusform>
            <numerusform>%1 needs %n values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rubric::CommitMessage</name>
    <message numerus="yes">
        <source>Update %n reviews</source>
        <translation>
            <numerusform>Update %n review</numerusform>
            <numerusform>Update %n reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rubric::CostPerformanceDialog</name>
    <message numerus="yes">
        <source>search %n priced review(s) in this language</source>
        <translation>
            <numerusform>search %n priced review in this language</numerusform>
            <numerusform>search %n priced reviews in this language</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rubric::FindBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rubric::LibraryDock</name>
    <message numerus="yes">
        <source>Indexed %n reviews</source>
        <translation>
            <numerusform>Indexed %n review</numerusform>
            <numerusform>Indexed %n reviews</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rubric::LibraryView</name>
    <message numerus="yes">
        <source>Open %n Reviews</source>
        <translation>
            <numerusform>Open %n Review</numerusform>
            <numerusform>Open %n Reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (mean of %n products)</source>
        <translation>
            <numerusform>%1 (mean of %n product)</numerusform>
            <numerusform>%1 (mean of %n products)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export %n Review(s) as PDF Booklet…</source>
        <translation>
            <numerusform>Export %n Review as PDF Booklet…</numerusform>
            <numerusform>Export %n Reviews as PDF Booklet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n product reviews, mean %2 (%3)</source>
        <translation>
            <numerusform>%1: %n product review, mean %2 (%3)</numerusform>
            <numerusform>%1: %n product reviews, mean %2 (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rubric::PrintExport</name>
    <message numerus="yes">
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>Exported %1 (%n page)</numerusform>
            <numerusform>Exported %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting a booklet of %n review(s)…</source>
        <translation>
            <numerusform>Exporting a booklet of %n review…</numerusform>
            <numerusform>Exporting a booklet of %n reviews…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported a booklet of %n review(s) to %1</source>
        <translation>
            <numerusform>Exported a booklet of %n review to %1</numerusform>
            <numerusform>Exported a booklet of %n reviews to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rubric::ProblemsView</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rubric::SiteEditController</name>
    <message numerus="yes">
        <source>Previewing the edit of %n reviews…</source>
        <translation>
            <numerusform>Previewing the edit of %n review…</numerusform>
            <numerusform>Previewing the edit of %n reviews…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site edit: %n files changed</source>
        <translation>
            <numerusform>Site edit: %n file changed</numerusform>
            <numerusform>Site edit: %n files changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files were left as they were:</source>
        <translation>
            <numerusform>%n file was left as it was:</numerusform>
            <numerusform>%n files were left as they were:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undid the site edit: %n files restored</source>
        <translation>
            <numerusform>Undid the site edit: %n file restored</numerusform>
            <numerusform>Undid the site edit: %n files restored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files changed since the site edit and were left as they are:</source>
        <translation>
            <numerusform>%n file changed since the site edit and was left as it is:</numerusform>
            <numerusform>%n files changed since the site edit and were left as they are:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rubric::StatusInfo</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rubric::TranslationPanel</name>
    <message numerus="yes">
        <source>%1 — %n item(s) to do</source>
        <translation>
            <numerusform>%1 — %n item to do</numerusform>
            <numerusform>%1 — %n items to do</numerusform>
        </translation>
    </message>
</context>
</TS>
