<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Rubric::Cli</name>
    <message>
        <source>Print a review&apos;s fields, ratings and problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fields or rating axes of a review in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: rubric set FILE KEY=VALUE...
KEY is a front-matter field (title, tags=[a, b], price=129.99, date=2025-08-07, ...)
or a rating axis id (cost_performance=0.4). Only what changes is rewritten.
Exit codes: 0 done, 1 refused (file untouched), 2 I/O or parse error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: rubric set FILE KEY=VALUE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected KEY=VALUE, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between 0.0 and 1.0 in steps of 0.1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; known keys: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a review&apos;s fields, ratings and problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: rubric show FILE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: rubric [FILE|DIR...]          open the editor
       rubric COMMAND [ARGS...]      run a command without a window

commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
`rubric COMMAND --help` describes a command.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::DocumentView</name>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::FieldInput</name>
    <message>
        <source>%1 must be one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a single line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a non-negative number such as 129.99, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list written [a, b, c], not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is computed from the axes: set the axes by their ids instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::FieldsModel</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::FormView</name>
    <message>
        <source>Derive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the permalink from the layout, language and ref</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::FrontMatter</name>
    <message>
        <source>the file does not start with a front-matter line &quot;---&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter opened on line 1 is never closed by a line &quot;---&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter is not a list of &quot;key: value&quot; lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is also on line %2; the site reads this last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter expands to too many values (YAML aliases?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: the quoted value starting here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter&apos;s layout is too unusual to edit in place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::FrontMatterEditor</name>
    <message>
        <source>the front matter does not parse; fix it in the text first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; on line %2 uses YAML anchors, aliases, tags or an unusual layout; edit it in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write this value for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not written as a list [a, b, ...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no item %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::Gui</name>
    <message>
        <source>Edit scored review documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::MainWindow</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a review with File &gt; Open, or drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Saved Ratings on the Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews (*.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program since Rubric read it.

Overwrite it with your version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Your edits are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Review As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes to %1 and reload it from disk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Rubric starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rubric %1&lt;/h3&gt;&lt;p&gt;An editor for scored review documents: form, radar chart, Markdown and preview in step, and files saved exactly as they were but for what you changed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::MarkdownEditor</name>
    <message>
        <source>Markdown body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file uses CRLF line breaks: edit its fields in the form; the body is read-only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::RadarChartView</name>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::RatingEditor</name>
    <message>
        <source>unknown rating axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rating axis is between 0.0 and 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2; fix the rating in the text first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::Ratings</name>
    <message>
        <source>the rating is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rating has %1 values instead of %2 (the total and %3 axes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rating has a value that is not a number with at most one decimal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::RatingsEditor</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sum of the axes, computed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::RatingsModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::ReviewDocument</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 MB; Rubric opens reviews of up to %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte offset %1 (line %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rating axis &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not set %1 without changing other values; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric could not write %1 without changing other values; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no file name yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text holds characters that cannot be written as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter no longer reads (line %1); fix it before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::ReviewHtml</name>
    <message>
        <source>Reference price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::Schema</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; must be a list of mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1: unknown type &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1 names the unknown axis %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema has no rating axes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rubric::TagEditor</name>
    <message>
        <source>Add a tag and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
