<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Rubric::Cli</name>
    <message>
        <source>Print a review&apos;s fields, ratings and problems</source>
        <translation>レビューのフィールド、評価、問題点を表示</translation>
    </message>
    <message>
        <source>Change fields or rating axes of a review in place</source>
        <translation>レビューのフィールドや評価軸をファイル上で直接変更</translation>
    </message>
    <message>
        <source>usage: rubric set FILE KEY=VALUE...
KEY is a front-matter field (title, tags=[a, b], price=129.99, date=2025-08-07, ...)
or a rating axis id (cost_performance=0.4). Only what changes is rewritten.
Exit codes: 0 done, 1 refused (file untouched), 2 I/O or parse error.
</source>
        <translation>使い方: rubric set FILE KEY=VALUE...
KEY にはフロントマターのフィールド (title, tags=[a, b], price=129.99, date=2025-08-07, ...)
または評価軸の id (cost_performance=0.4) を指定します。変更される部分だけが書き換えられます。
終了コード: 0 完了、1 拒否 (ファイルは変更されません)、2 入出力エラーまたは解析エラー。
</translation>
    </message>
    <message>
        <source>usage: rubric set FILE KEY=VALUE...</source>
        <translation>使い方: rubric set FILE KEY=VALUE...</translation>
    </message>
    <message>
        <source>%1: expected KEY=VALUE, got &quot;%2&quot;</source>
        <translation>%1: KEY=VALUE の形式で指定してください (「%2」は無効です)</translation>
    </message>
    <message>
        <source>%1 must be between 0.0 and 1.0 in steps of 0.1, not &quot;%2&quot;</source>
        <translation>%1 には 0.0 から 1.0 までの値を 0.1 刻みで指定してください (「%2」は無効です)</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; known keys: %2</source>
        <translation>「%1」は不明なキーです。使用できるキー: %2</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>拒否されました</translation>
    </message>
    <message>
        <source>Print a review&apos;s fields, ratings and problems.</source>
        <translation>レビューのフィールド、評価、問題点を表示します。</translation>
    </message>
    <message>
        <source>The review file.</source>
        <translation>レビューのファイル。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON 形式で出力します。</translation>
    </message>
    <message>
        <source>usage: rubric show FILE [--json]</source>
        <translation>使い方: rubric show FILE [--json]</translation>
    </message>
    <message>
        <source>usage: rubric [FILE|DIR...]          open the editor
       rubric COMMAND [ARGS...]      run a command without a window

commands:
</source>
        <translation>使い方: rubric [FILE|DIR...]          エディターを開く
        rubric COMMAND [ARGS...]      ウィンドウを開かずにコマンドを実行

コマンド:
</translation>
    </message>
    <message>
        <source>
`rubric COMMAND --help` describes a command.
</source>
        <translation>
`rubric COMMAND --help` で各コマンドの説明を表示します。
</translation>
    </message>
    <message>
        <source>List, filter and sort the reviews of a site</source>
        <translation>サイトのレビューを一覧表示、絞り込み、並べ替え</translation>
    </message>
    <message>
        <source>Check reviews or a whole site against the site&apos;s rules</source>
        <translation>レビューまたはサイト全体をサイトのルールに照らしてチェック</translation>
    </message>
    <message>
        <source>List the reviews of a site, filtered and sorted.
EXPR compares a column with a value: total&lt;2, cost_performance&gt;=0.8, date&gt;=2025-08-01, name~sony (contains). --sort=-total sorts descending.</source>
        <translation>サイトのレビューを絞り込み、並べ替えて一覧表示します。
EXPR は列と値を比較します: total&lt;2, cost_performance&gt;=0.8, date&gt;=2025-08-01, name~sony (部分一致)。--sort=-total で降順に並べ替えます。</translation>
    </message>
    <message>
        <source>The site folder (holding _products/ and _companies/).</source>
        <translation>サイトのフォルダー (_products/ と _companies/ を含むもの)。</translation>
    </message>
    <message>
        <source>Only reviews in language L.</source>
        <translation>言語 L のレビューのみ。</translation>
    </message>
    <message>
        <source>Only product or company reviews.</source>
        <translation>製品または企業のレビューのみ。</translation>
    </message>
    <message>
        <source>Only reviews of company ID.</source>
        <translation>企業 ID のレビューのみ。</translation>
    </message>
    <message>
        <source>Only reviews with tag T.</source>
        <translation>タグ T の付いたレビューのみ。</translation>
    </message>
    <message>
        <source>Only rows where EXPR holds (repeatable).</source>
        <translation>EXPR が成り立つ行のみ (複数指定可)。</translation>
    </message>
    <message>
        <source>Sort by COLUMN (-COLUMN: descending).</source>
        <translation>COLUMN で並べ替えます (-COLUMN: 降順)。</translation>
    </message>
    <message>
        <source>usage: rubric list DIR [--lang L] [--layout product|company] [--company ID] [--tag T] [--where EXPR]... [--sort COLUMN] [--json]</source>
        <translation>使い方: rubric list DIR [--lang L] [--layout product|company] [--company ID] [--tag T] [--where EXPR]... [--sort COLUMN] [--json]</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: そのようなフォルダーはありません</translation>
    </message>
    <message>
        <source>refused: unknown column &quot;%1&quot;</source>
        <translation>拒否されました: 「%1」は不明な列です</translation>
    </message>
    <message>
        <source>Check reviews against the site&apos;s rules.
Exit codes: 0 clean, 1 problems found, 2 usage or I/O error.</source>
        <translation>レビューをサイトのルールに照らしてチェックします。
終了コード: 0 問題なし、1 問題あり、2 使い方の誤りまたは入出力エラー。</translation>
    </message>
    <message>
        <source>Review files or site folders.</source>
        <translation>レビューのファイルまたはサイトのフォルダー。</translation>
    </message>
    <message>
        <source>Only this rule (repeatable; a prefix such as rating. selects a family).</source>
        <translation>このルールのみ (複数指定可。rating. のような接頭辞でルールのグループを選択します)。</translation>
    </message>
    <message>
        <source>List the rules and exit.</source>
        <translation>ルールを一覧表示して終了します。</translation>
    </message>
    <message>
        <source>Apply the mechanical fixes, then report what is left.</source>
        <translation>自動修正を適用してから、残りの問題を報告します。</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot;; `rubric validate --list-rules` lists them</source>
        <translation>「%1」は不明なルールです。`rubric validate --list-rules` でルールの一覧を表示できます</translation>
    </message>
    <message>
        <source>usage: rubric validate PATH... [--json] [--rule CODE]... [--fix]</source>
        <translation>使い方: rubric validate PATH... [--json] [--rule CODE]... [--fix]</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: そのようなファイルまたはフォルダーはありません</translation>
    </message>
    <message numerus="yes">
        <source>fixed %n problems</source>
        <translation>
            <numerusform>%n 件の問題を修正しました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings in %3 of %4 files</source>
        <translation>%4 件のファイル中 %3 件でエラー %1 件、警告 %2 件</translation>
    </message>
    <message>
        <source>%1: no reviews found there</source>
        <translation>%1: レビューが見つかりません</translation>
    </message>
    <message>
        <source>Create a new review from the site&apos;s schema</source>
        <translation>サイトのスキーマから新しいレビューを作成</translation>
    </message>
    <message>
        <source>Create the translation of a review in another language</source>
        <translation>レビューの別の言語への翻訳を作成</translation>
    </message>
    <message>
        <source>Show which translations are missing, untranslated or outdated</source>
        <translation>欠落している翻訳、未翻訳の翻訳、古くなった翻訳を表示</translation>
    </message>
    <message>
        <source>Export reviews to XLIFF 1.2 or import a translated XLIFF file</source>
        <translation>レビューを XLIFF 1.2 に書き出し、または翻訳済みの XLIFF ファイルを読み込み</translation>
    </message>
    <message>
        <source>Export reviews as PDF files or as one booklet</source>
        <translation>レビューを PDF ファイルまたは 1 冊の冊子として書き出し</translation>
    </message>
    <message>
        <source>%1: cannot read</source>
        <translation>%1: 読み込めません</translation>
    </message>
    <message>
        <source>Export reviews as print-ready PDF files: one per review, or one booklet.</source>
        <translation>レビューを印刷用の PDF ファイルとして書き出します。レビューごとに 1 つ、または 1 冊の冊子にまとめます。</translation>
    </message>
    <message>
        <source>Review files, or folders of reviews.</source>
        <translation>レビューのファイル、またはレビューのフォルダー。</translation>
    </message>
    <message>
        <source>The PDF to write (one review, or a booklet).</source>
        <translation>書き出す PDF (1 件のレビュー、または冊子)。</translation>
    </message>
    <message>
        <source>Write one PDF per review into this folder.</source>
        <translation>このフォルダーにレビューごとに 1 つの PDF を書き出します。</translation>
    </message>
    <message>
        <source>One PDF with a cover, contents and a chapter per review.</source>
        <translation>表紙、目次、レビューごとの章を含む 1 つの PDF。</translation>
    </message>
    <message>
        <source>A4 (default) or Letter.</source>
        <translation>A4 (既定) または Letter。</translation>
    </message>
    <message>
        <source>The booklet&apos;s title.</source>
        <translation>冊子のタイトル。</translation>
    </message>
    <message>
        <source>Reviews exported at once (default: one per core).</source>
        <translation>同時に書き出すレビューの数 (既定: コアごとに 1 件)。</translation>
    </message>
    <message>
        <source>usage: rubric export-pdf FILE... (-o OUT.pdf | --dir OUTDIR) [--booklet] [--page-size A4|Letter]</source>
        <translation>使い方: rubric export-pdf FILE... (-o OUT.pdf | --dir OUTDIR) [--booklet] [--page-size A4|Letter]</translation>
    </message>
    <message>
        <source>export-pdf: %1 reviews need --booklet for one PDF, or --dir for one PDF each</source>
        <translation>export-pdf: %1 件のレビューを 1 つの PDF にするには --booklet を、それぞれ個別の PDF にするには --dir を指定してください</translation>
    </message>
    <message>
        <source>export-pdf: a booklet is one file: use -o</source>
        <translation>export-pdf: 冊子は 1 つのファイルです。-o を指定してください</translation>
    </message>
    <message>
        <source>export-pdf: unknown page size %1 (A4 or Letter)</source>
        <translation>export-pdf: %1 は不明な用紙サイズです (A4 または Letter)</translation>
    </message>
    <message>
        <source>export-pdf: --jobs takes a positive number</source>
        <translation>export-pdf: --jobs には正の数を指定してください</translation>
    </message>
    <message>
        <source>export-pdf: cannot create the folder %1</source>
        <translation>export-pdf: フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>%1: not exported: %2 has the same output name %3</source>
        <translation>%1: 書き出されませんでした。%2 と出力名 %3 が同じです</translation>
    </message>
    <message>
        <source>export-pdf: %1 PDF files written to %2 in %3 s</source>
        <translation>export-pdf: %1 個の PDF ファイルを %2 に書き出しました (%3 秒)</translation>
    </message>
    <message>
        <source>Create a new review with every field, section and score line the site requires, and print its path.
The ref is made from the name unless --ref gives it. Never overwrites a file.</source>
        <translation>サイトで必須のすべてのフィールド、セクション、スコア行を含む新しいレビューを作成し、そのパスを表示します。
ref は --ref で指定しない限り名前から生成されます。ファイルを上書きすることはありません。</translation>
    </message>
    <message>
        <source>product or company.</source>
        <translation>product または company。</translation>
    </message>
    <message>
        <source>The review&apos;s language (en, ja).</source>
        <translation>レビューの言語 (en, ja)。</translation>
    </message>
    <message>
        <source>The company&apos;s id (a product review&apos;s folder).</source>
        <translation>企業の id (製品レビューのフォルダー)。</translation>
    </message>
    <message>
        <source>The product&apos;s or company&apos;s name.</source>
        <translation>製品名または企業名。</translation>
    </message>
    <message>
        <source>The site folder (default: the current folder).</source>
        <translation>サイトのフォルダー (既定: 現在のフォルダー)。</translation>
    </message>
    <message>
        <source>The ref, instead of one made from the name.</source>
        <translation>名前から生成する代わりに使う ref。</translation>
    </message>
    <message>
        <source>The review date (default: today).</source>
        <translation>レビューの日付 (既定: 今日)。</translation>
    </message>
    <message>
        <source>usage: rubric new --layout product|company --lang L [--company ID] --name NAME [--site DIR] [--ref R] [--date YYYY-MM-DD]</source>
        <translation>使い方: rubric new --layout product|company --lang L [--company ID] --name NAME [--site DIR] [--ref R] [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation>--date: 「%1」は YYYY-MM-DD 形式の日付ではありません</translation>
    </message>
    <message>
        <source>the ref &quot;%1&quot; is already used by %2; give another with --ref</source>
        <translation>ref「%1」は %2 ですでに使われています。--ref で別の ref を指定してください</translation>
    </message>
    <message>
        <source>note: a translation of %1</source>
        <translation>注記: %1 の翻訳です</translation>
    </message>
    <message>
        <source>Print the translation status of every pair of a site: missing (no translation), untranslated (sections still hold the source&apos;s text), outdated (the source changed since the translation was marked done in rubric-translations.yml) or done. Without --all, only the pairs that need work.</source>
        <translation>サイトのすべてのペアの翻訳状況を表示します: missing (翻訳がない)、untranslated (セクションに原文のテキストが残っている)、outdated (rubric-translations.yml で翻訳が完了とされた後に原文が変更された)、done (完了)。--all を指定しない場合は、作業が必要なペアのみを表示します。</translation>
    </message>
    <message>
        <source>Also list the pairs that are done.</source>
        <translation>完了したペアも一覧表示します。</translation>
    </message>
    <message>
        <source>Only pairs in STATE (missing, untranslated, outdated, done).</source>
        <translation>状態が STATE のペアのみ (missing, untranslated, outdated, done)。</translation>
    </message>
    <message>
        <source>Print JSON (every pair, or those of --state).</source>
        <translation>JSON 形式で出力します (すべてのペア、または --state で指定したペア)。</translation>
    </message>
    <message>
        <source>usage: rubric status DIR [--all] [--state STATE] [--json]</source>
        <translation>使い方: rubric status DIR [--all] [--state STATE] [--json]</translation>
    </message>
    <message>
        <source>refused: unknown state &quot;%1&quot;; states: missing, untranslated, outdated, done</source>
        <translation>拒否されました: 「%1」は不明な状態です。状態: missing, untranslated, outdated, done</translation>
    </message>
    <message>
        <source>%1 pairs: %2</source>
        <translation>%1 件のペア: %2</translation>
    </message>
    <message>
        <source>Create the translation of a review: the counterpart file in another language, with the front matter carried over (lang, permalink and the title&apos;s suffix changed), the ratings, score lines and end date identical, the section headings localized and the body copied, untranslated. Never overwrites a file.</source>
        <translation>レビューの翻訳を作成します。別の言語の対応するファイルを作成し、フロントマターを引き継ぎ (lang、permalink、タイトルの接尾辞は変更)、評価、スコア行、末尾の日付はそのままにし、セクション見出しはローカライズし、本文は未翻訳のままコピーします。ファイルを上書きすることはありません。</translation>
    </message>
    <message>
        <source>The review to translate.</source>
        <translation>翻訳するレビュー。</translation>
    </message>
    <message>
        <source>The language to translate into (default: the site&apos;s other one).</source>
        <translation>翻訳先の言語 (既定: サイトのもう一方の言語)。</translation>
    </message>
    <message>
        <source>usage: rubric translate FILE [--to LANG]</source>
        <translation>使い方: rubric translate FILE [--to LANG]</translation>
    </message>
    <message>
        <source>note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Export reviews to XLIFF 1.2 for a translation tool: a unit per paragraph, list item, table row and subheading, and the title, target_name, summary and tags; Markdown syntax and score lines are protected as inline codes. Units carry the current translation as their target, when there is one.</source>
        <translation>翻訳ツール用にレビューを XLIFF 1.2 に書き出します。段落、リスト項目、表の行、小見出しごと、および title、target_name、summary、tags ごとに 1 つのユニットを作成します。Markdown 構文とスコア行はインラインコードとして保護されます。現在の翻訳がある場合は、ユニットのターゲットとして含まれます。</translation>
    </message>
    <message>
        <source>The source reviews.</source>
        <translation>翻訳元のレビュー。</translation>
    </message>
    <message>
        <source>The XLIFF file to write.</source>
        <translation>書き出す XLIFF ファイル。</translation>
    </message>
    <message>
        <source>usage: rubric xliff export FILE... -o OUT.xlf [--to LANG]</source>
        <translation>使い方: rubric xliff export FILE... -o OUT.xlf [--to LANG]</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: %2 reviews, %3 units</source>
        <translation>%1: レビュー %2 件、ユニット %3 個</translation>
    </message>
    <message>
        <source>Import a translated XLIFF file into the translations it names: each translated unit replaces its paragraph or field in place (a translation that does not exist yet is created from its source first); units without a translation are left alone.</source>
        <translation>翻訳済みの XLIFF ファイルを、そこで指定されている翻訳に読み込みます。翻訳済みの各ユニットは、対応する段落またはフィールドをその場で置き換えます (まだ存在しない翻訳は、先に翻訳元から作成されます)。翻訳のないユニットはそのままにします。</translation>
    </message>
    <message>
        <source>The translated XLIFF file.</source>
        <translation>翻訳済みの XLIFF ファイル。</translation>
    </message>
    <message>
        <source>The site folder (default: the one the export was made in).</source>
        <translation>サイトのフォルダー (既定: 書き出しを行ったフォルダー)。</translation>
    </message>
    <message>
        <source>usage: rubric xliff import IN.xlf [--site DIR]</source>
        <translation>使い方: rubric xliff import IN.xlf [--site DIR]</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ファイルを読み込めません: %2</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>created, %1 units applied</source>
        <translation>作成し、%1 個のユニットを適用しました</translation>
    </message>
    <message>
        <source>%1 units applied</source>
        <translation>%1 個のユニットを適用しました</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>usage: rubric xliff export FILE... -o OUT.xlf [--to LANG]
       rubric xliff import IN.xlf [--site DIR]
</source>
        <translation>使い方: rubric xliff export FILE... -o OUT.xlf [--to LANG]
        rubric xliff import IN.xlf [--site DIR]
</translation>
    </message>
    <message>
        <source>usage: rubric xliff export FILE... -o OUT.xlf [--to LANG]
       rubric xliff import IN.xlf [--site DIR]</source>
        <translation>使い方: rubric xliff export FILE... -o OUT.xlf [--to LANG]
        rubric xliff import IN.xlf [--site DIR]</translation>
    </message>
    <message>
        <source>export-pdf: %1 of %2 reviews</source>
        <translation>export-pdf: %2 件中 %1 件のレビュー</translation>
    </message>
    <message>
        <source>export-pdf: %1 is one of the reviews to export: not overwritten</source>
        <translation>export-pdf: %1 は書き出すレビューの 1 つです。上書きしません</translation>
    </message>
    <message>
        <source>%1: not exported: the output %2 is one of the reviews to export</source>
        <translation>%1: 書き出していません。出力先 %2 は書き出すレビューの 1 つです</translation>
    </message>
    <message>
        <source>List, rename or merge the tags of a site</source>
        <translation>サイトのタグを一覧表示、名前変更、統合</translation>
    </message>
    <message>
        <source>Change many reviews at once, previewed as a diff</source>
        <translation>複数のレビューを一括で変更 (差分でプレビュー)</translation>
    </message>
    <message>
        <source>List the commits that changed a review, with its ratings and price</source>
        <translation>レビューを変更したコミットを評価と価格とともに一覧表示</translation>
    </message>
    <message>
        <source>Show how a review differs from HEAD or another commit</source>
        <translation>レビューの HEAD または別のコミットとの差分を表示</translation>
    </message>
    <message>
        <source>Proofread spelling, Japanese notation and translations</source>
        <translation>スペル、日本語の表記、翻訳を校正</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>Set prices from %1</source>
        <translation>%1 からの価格の設定</translation>
    </message>
    <message>
        <source>no history (not in a git repository)</source>
        <translation>履歴がありません (git リポジトリ内にありません)</translation>
    </message>
    <message>
        <source>List the commits that changed a review, with its ratings and price at each.</source>
        <translation>レビューを変更したコミットを、各時点の評価と価格とともに一覧表示します。</translation>
    </message>
    <message>
        <source>usage: rubric log FILE [--json]</source>
        <translation>使い方: rubric log FILE [--json]</translation>
    </message>
    <message>
        <source>Show how a review&apos;s text differs from HEAD or another commit (unified diff).</source>
        <translation>レビューのテキストと HEAD または別のコミットとの差分を表示します (unified diff 形式)。</translation>
    </message>
    <message>
        <source>The commit to compare with (default HEAD).</source>
        <translation>比較するコミット (既定: HEAD)。</translation>
    </message>
    <message>
        <source>usage: rubric diff FILE [REV]</source>
        <translation>使い方: rubric diff FILE [REV]</translation>
    </message>
    <message>
        <source>Proofread reviews: English spelling, Japanese notation, and numbers, names, prices and links kept in translations.
Exit codes: 0 clean, 1 findings, 2 usage or I/O error.</source>
        <translation>レビューを校正します: 英語のスペル、日本語の表記、および数値、名前、価格、リンクが翻訳に残っているかを確認します。
終了コード: 0 問題なし、1 指摘あり、2 使い方の誤りまたは入出力エラー。</translation>
    </message>
    <message>
        <source>Only reviews in this language.</source>
        <translation>この言語のレビューのみ。</translation>
    </message>
    <message>
        <source>Only this rule (repeatable; a prefix selects a family).</source>
        <translation>このルールのみ (複数指定可。接頭辞でルールのグループを選択します)。</translation>
    </message>
    <message>
        <source>Also the rules that are off by default.</source>
        <translation>既定で無効なルールも対象にします。</translation>
    </message>
    <message>
        <source>Add a word to the site dictionary of PATH and exit.</source>
        <translation>PATH のサイトの辞書に単語を追加して終了します。</translation>
    </message>
    <message>
        <source>Suggest spellings (slow: Hunspell takes tens of milliseconds a word).</source>
        <translation>スペルの候補を表示します (低速: Hunspell は 1 単語あたり数十ミリ秒かかります)。</translation>
    </message>
    <message>
        <source>usage: rubric proof PATH... [--json] [--lang L] [--rule CODE]... [--all-rules]</source>
        <translation>使い方: rubric proof PATH... [--json] [--lang L] [--rule CODE]... [--all-rules]</translation>
    </message>
    <message>
        <source>%1: not inside a site (no _products or _companies folder above it)</source>
        <translation>%1: サイト内にありません (上位に _products または _companies フォルダーがありません)</translation>
    </message>
    <message>
        <source>%1 findings in %2 of %3 files</source>
        <translation>%3 件のファイル中 %2 件で指摘 %1 件</translation>
    </message>
    <message numerus="yes">
        <source>note: nothing changed; the file has %n other problem(s) (see rubric validate)</source>
        <translation>
            <numerusform>注記: 何も変更されていません。ファイルにはほかに %n 件の問題があります (rubric validate を参照してください)</numerusform>
        </translation>
    </message>
    <message>
        <source>the price changed and the Cost-Performance calculation uses it: recalculate it</source>
        <translation>価格が変更されました。コストパフォーマンスの計算には価格が使われるため、再計算してください</translation>
    </message>
    <message>
        <source>would change: %1 files; refused: %2</source>
        <translation>変更予定: %1 件のファイル、拒否: %2 件</translation>
    </message>
    <message>
        <source>changed: %1 files; refused: %2</source>
        <translation>変更済み: %1 件のファイル、拒否: %2 件</translation>
    </message>
    <message>
        <source>usage: rubric tags DIR [--lang L] [--near] [--json]
       rubric tags rename DIR OLD NEW [--lang L] [--both-languages] [--dry-run]
       rubric tags merge DIR TAG... --into NEW [--lang L] [--dry-run]
</source>
        <translation>使い方: rubric tags DIR [--lang L] [--near] [--json]
        rubric tags rename DIR OLD NEW [--lang L] [--both-languages] [--dry-run]
        rubric tags merge DIR TAG... --into NEW [--lang L] [--dry-run]
</translation>
    </message>
    <message>
        <source>The tags of a site per language: counts, counterparts in the other language (learned from translation pairs), near-duplicates, singletons.
</source>
        <translation>サイトのタグを言語ごとに表示します: 使用数、もう一方の言語での対応するタグ (翻訳ペアから学習)、ほぼ重複するタグ、1 回だけ使われているタグ。
</translation>
    </message>
    <message>
        <source>The site folder.</source>
        <translation>サイトのフォルダー。</translation>
    </message>
    <message>
        <source>Only language L.</source>
        <translation>言語 L のみ。</translation>
    </message>
    <message>
        <source>List the near-duplicate groups.</source>
        <translation>ほぼ重複するタグのグループを一覧表示します。</translation>
    </message>
    <message>
        <source>tags: %1; used once: %2; near-duplicate groups: %3</source>
        <translation>タグ: %1、1 回だけ使用: %2、ほぼ重複するグループ: %3</translation>
    </message>
    <message>
        <source>Also rename the old tag&apos;s counterpart in the other language to the new tag&apos;s.</source>
        <translation>もう一方の言語にある旧タグの対応タグも、新タグの対応タグに名前を変更します。</translation>
    </message>
    <message>
        <source>The tag the others become.</source>
        <translation>ほかのタグの統合先となるタグ。</translation>
    </message>
    <message>
        <source>Print the unified diff; change nothing.</source>
        <translation>unified diff を出力し、何も変更しません。</translation>
    </message>
    <message>
        <source>the new tag is empty</source>
        <translation>新しいタグが空です</translation>
    </message>
    <message>
        <source>--both-languages needs --lang: the language OLD and NEW are in</source>
        <translation>--both-languages には --lang (OLD と NEW の言語) が必要です</translation>
    </message>
    <message>
        <source>no counterpart of &quot;%1&quot; is known in %2</source>
        <translation>%2 での「%1」の対応タグが不明です</translation>
    </message>
    <message>
        <source>no counterpart of &quot;%1&quot; is known in %2: rename &quot;%3&quot; there with --lang %2</source>
        <translation>%2 での「%1」の対応タグが不明です。--lang %2 を指定して、そちらで「%3」の名前を変更してください</translation>
    </message>
    <message>
        <source>rubric: &quot;%1&quot; is not a command, nor an existing file or folder</source>
        <translation>rubric: 「%1」はコマンドでも、既存のファイルやフォルダーでもありません</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>「%1」のことですか?</translation>
    </message>
    <message>
        <source>usage: rubric edit DIR [--where EXPR]... [--lang L] [--layout K] [--company ID] [--tag T]
                   [--before DATE] [--after DATE] [--file PATH]...
                   (--set KEY=VALUE | --add-tag T | --remove-tag T | --replace KEY REGEX REPLACEMENT
                    | --fix-total | --remove KEY)... [--dry-run]
       rubric edit DIR --prices FILE.csv [--dry-run]     (lines of ref,lang,price)
       rubric edit DIR --missing-prices [selection]
Changes apply in the order given to every selected review; --dry-run prints the unified diff
and changes nothing. Exit codes: 0 applied or nothing to do, 1 some files refused, 2 usage or I/O.
</source>
        <translation>使い方: rubric edit DIR [--where EXPR]... [--lang L] [--layout K] [--company ID] [--tag T]
                    [--before DATE] [--after DATE] [--file PATH]...
                    (--set KEY=VALUE | --add-tag T | --remove-tag T | --replace KEY REGEX REPLACEMENT
                     | --fix-total | --remove KEY)... [--dry-run]
        rubric edit DIR --prices FILE.csv [--dry-run]     (ref,lang,price の行)
        rubric edit DIR --missing-prices [selection]
変更は指定した順に、選択されたすべてのレビューに適用されます。--dry-run は unified diff を出力し、
何も変更しません。終了コード: 0 適用済みまたは変更なし、1 一部のファイルが拒否された、2 使い方の誤りまたは入出力エラー。
</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>%1 は不明なオプションです</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n value(s)</source>
        <translation>
            <numerusform>%1 には %n 個の値が必要です</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1: 「%2」は日付 (YYYY-MM-DD) ではありません</translation>
    </message>
    <message>
        <source>--set: expected KEY=VALUE, got &quot;%1&quot;</source>
        <translation>--set: KEY=VALUE の形式で指定してください (「%1」は無効です)</translation>
    </message>
    <message>
        <source>no site folder given</source>
        <translation>サイトのフォルダーが指定されていません</translation>
    </message>
    <message>
        <source>one site folder expected, got %1</source>
        <translation>サイトのフォルダーは 1 つだけ指定してください (%1 個指定されています)</translation>
    </message>
    <message>
        <source>nothing to do: give a change (--set, --add-tag, ...), --prices or --missing-prices</source>
        <translation>実行する変更がありません: 変更 (--set, --add-tag, ...)、--prices、または --missing-prices を指定してください</translation>
    </message>
    <message>
        <source>--prices and --missing-prices each go alone, without other changes</source>
        <translation>--prices と --missing-prices は、ほかの変更と組み合わせずに単独で指定してください</translation>
    </message>
    <message>
        <source>Find words and fields across a site&apos;s reviews</source>
        <translation>サイトのレビュー全体から語句とフィールドを検索します</translation>
    </message>
    <message>
        <source>Search the text of every review of a site, like grep (case, width and Japanese spacing folded).
QUERY: words, &quot;phrases&quot;, -excluded, a OR b, tag:T company:ID lang:L layout:L section:ID, and comparisons as in rubric list --where (total&gt;=3.5, date&gt;2026-01-01, price&lt;100).</source>
        <translation>サイトのすべてのレビューの本文を grep のように検索します（大文字小文字、全角半角、日本語の空白を区別しません）。
QUERY: 語句、&quot;フレーズ&quot;、-除外、a OR b、tag:T company:ID lang:L layout:L section:ID、rubric list --where と同じ比較（total&gt;=3.5, date&gt;2026-01-01, price&lt;100）。</translation>
    </message>
    <message>
        <source>What to find.</source>
        <translation>検索する内容。</translation>
    </message>
    <message>
        <source>At most N hits (default 100, 0: all).</source>
        <translation>最大 N 件まで表示します（既定は 100、0 ですべて）。</translation>
    </message>
    <message>
        <source>usage: rubric search DIR QUERY [--json] [--limit N]</source>
        <translation>使い方: rubric search DIR QUERY [--json] [--limit N]</translation>
    </message>
</context>
<context>
    <name>Rubric::CommitDialog</name>
    <message>
        <source>Commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <source>Changed reviews (as saved):</source>
        <translation>変更されたレビュー（保存済みの内容）:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>メッセージ:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No review has changed since the last commit.</source>
        <translation>最後のコミット以降に変更されたレビューはありません。</translation>
    </message>
</context>
<context>
    <name>Rubric::CommitMessage</name>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>text</source>
        <translation>本文</translation>
    </message>
    <message numerus="yes">
        <source>Update %n reviews</source>
        <translation>
            <numerusform>%n 件のレビューを更新</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rubric::CostPerformance</name>
    <message>
        <source>The review has no price: enter the product&apos;s price first.</source>
        <translation>レビューに価格がありません。先に製品の価格を入力してください。</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>価格に負の値は指定できません。</translation>
    </message>
</context>
<context>
    <name>Rubric::CostPerformanceDialog</name>
    <message>
        <source>No cheaper product is equivalent (CP = 1.0)</source>
        <translation>同等でより安い製品はありません (CP = 1.0)</translation>
    </message>
    <message>
        <source>Cost-Performance Calculator</source>
        <translation>コストパフォーマンス計算</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: &lt;span style=&quot;color:#c62828&quot;&gt;no price yet; enter it in the form first&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: &lt;span style=&quot;color:#c62828&quot;&gt;価格が未入力です。先にフォームで入力してください&lt;/span&gt;</translation>
    </message>
    <message>
        <source>open a site to choose from its reviews</source>
        <translation>サイトを開くと、そのレビューから選択できます</translation>
    </message>
    <message numerus="yes">
        <source>search %n priced review(s) in this language</source>
        <translation>
            <numerusform>この言語の価格付きレビュー %n 件を検索</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. Moondrop Blessing3</source>
        <translation>例: Moondrop Blessing3</translation>
    </message>
    <message>
        <source>price in %1</source>
        <translation>価格 (%1)</translation>
    </message>
    <message>
        <source>Cheapest product with equivalent or better function and performance</source>
        <translation>機能と性能が同等以上で最も安い製品</translation>
    </message>
    <message>
        <source>From the &amp;library:</source>
        <translation>ライブラリから(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Price (%1):</source>
        <translation>価格 (%1)(&amp;P):</translation>
    </message>
    <message>
        <source>This product:</source>
        <translation>この製品:</translation>
    </message>
    <message>
        <source>&amp;Insert the calculation into the &quot;%1&quot; section</source>
        <translation>計算結果を「%1」セクションに挿入(&amp;I)</translation>
    </message>
    <message>
        <source>The review has no &quot;%1&quot; section</source>
        <translation>レビューに「%1」セクションがありません</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>適用されませんでした: %1</translation>
    </message>
    <message>
        <source>Choose a product from the library or enter its price.</source>
        <translation>ライブラリから製品を選択するか、価格を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price.</source>
        <translation>「%1」は価格ではありません。</translation>
    </message>
    <message>
        <source>CP = %1</source>
        <translation>CP = %1</translation>
    </message>
    <message>
        <source>Cost-Performance %1</source>
        <translation>コストパフォーマンス %1</translation>
    </message>
    <message>
        <source>Insert the calculation</source>
        <translation>計算結果の挿入</translation>
    </message>
</context>
<context>
    <name>Rubric::DiffView</name>
    <message>
        <source>Differences</source>
        <translation>差分</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>差分はありません。</translation>
    </message>
    <message>
        <source>(no line break at the end)</source>
        <translation>(末尾に改行なし)</translation>
    </message>
    <message>
        <source>(CRLF)</source>
        <translation>(CRLF)</translation>
    </message>
    <message>
        <source>(LF)</source>
        <translation>(LF)</translation>
    </message>
</context>
<context>
    <name>Rubric::DocumentTabs</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tab: name (problems)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Rubric::DocumentView</name>
    <message>
        <source>Fields</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Cannot Fix</source>
        <translation>修正できません</translation>
    </message>
</context>
<context>
    <name>Rubric::EditActions</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>置換(&amp;E)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>前を検索(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>行へ移動(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>Rubric::ExternalChangeWatcher</name>
    <message>
        <source>%1 was deleted or moved. It stays open: Save writes it again, Save As elsewhere.</source>
        <translation>%1 は削除または移動されました。ファイルは開いたままです。「保存」で再び書き込み、「名前を付けて保存」で別の場所に保存できます。</translation>
    </message>
    <message>
        <source>%1 changed on disk and can no longer be read as a review; your version stays open.</source>
        <translation>ディスク上の %1 が変更され、レビューとして読み込めなくなりました。編集中の内容は開いたままです。</translation>
    </message>
    <message>
        <source>%1 changed on disk and was reloaded.</source>
        <translation>ディスク上の %1 が変更されたため、再読み込みしました。</translation>
    </message>
    <message>
        <source>%1 reloaded from disk.</source>
        <translation>%1 をディスクから再読み込みしました。</translation>
    </message>
    <message>
        <source>Kept your version of %1; saving it will ask before overwriting the file.</source>
        <translation>%1 の編集中の内容を保持しました。保存するときは、ファイルを上書きする前に確認します。</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>ディスク上のファイルが変更されました</translation>
    </message>
    <message>
        <source>%1 was changed by another program, and you have unsaved changes to it.</source>
        <translation>%1 は別のプログラムによって変更されましたが、未保存の変更があります。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>自分の版を残す(&amp;K)</translation>
    </message>
    <message>
        <source>Show &amp;Differences</source>
        <translation>差分を表示(&amp;D)</translation>
    </message>
    <message>
        <source>Differences — %1</source>
        <translation>差分 — %1</translation>
    </message>
    <message>
        <source>From the file on disk (−) to your unsaved version (+):</source>
        <translation>ディスク上のファイル (−) から未保存の版 (+) への差分:</translation>
    </message>
    <message>
        <source>Reload it from disk (Undo brings your changes back), keep your version (saving will ask before overwriting the file), or look at the differences first.</source>
        <translation>ディスクから再読み込みする (「元に戻す」で変更を取り戻せます) か、編集中の内容を残す (保存時にはファイルを上書きする前に確認します) か、先に差分を確認してください。</translation>
    </message>
</context>
<context>
    <name>Rubric::FieldInput</name>
    <message>
        <source>%1 must be one of: %2</source>
        <translation>%1 には次のいずれかを指定してください: %2</translation>
    </message>
    <message>
        <source>%1 must be a single line</source>
        <translation>%1 は 1 行で入力してください</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>%1 には YYYY-MM-DD 形式の日付を指定してください (「%2」は無効です)</translation>
    </message>
    <message>
        <source>%1 must be a non-negative number such as 129.99, not &quot;%2&quot;</source>
        <translation>%1 には 129.99 のような 0 以上の数値を指定してください (「%2」は無効です)</translation>
    </message>
    <message>
        <source>%1 must be a list written [a, b, c], not &quot;%2&quot;</source>
        <translation>%1 には [a, b, c] 形式のリストを指定してください (「%2」は無効です)</translation>
    </message>
    <message>
        <source>%1 is computed from the axes: set the axes by their ids instead</source>
        <translation>%1 は評価軸から計算されます。代わりに各評価軸を id で指定してください</translation>
    </message>
    <message>
        <source>%1: not a valid date</source>
        <translation>%1: 有効な日付ではありません</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 に負の値は指定できません</translation>
    </message>
</context>
<context>
    <name>Rubric::FieldsModel</name>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>Rubric::FileActions</name>
    <message>
        <source>File Changed on Disk</source>
        <translation>ファイルがディスク上で変更されています</translation>
    </message>
    <message>
        <source>%1 was changed by another program since Rubric read it.

Overwrite it with your version?</source>
        <translation>%1 は、Rubric で読み込んだ後に別のプログラムによって変更されています。

編集中の内容で上書きしますか?</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <source>

Your edits are still here.</source>
        <translation>

編集内容は失われていません。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Save Review As</source>
        <translation>名前を付けてレビューを保存</translation>
    </message>
    <message>
        <source>Reviews (*.md)</source>
        <translation>レビュー (*.md)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>保存時の状態に戻す</translation>
    </message>
    <message>
        <source>Discard your changes to %1 and reload it from disk?</source>
        <translation>%1 への変更を破棄して、ディスクから再読み込みしますか?</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save your changes to %1 before closing?</source>
        <translation>閉じる前に %1 への変更を保存しますか?</translation>
    </message>
</context>
<context>
    <name>Rubric::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>単語単位</translation>
    </message>
    <message>
        <source>Regular expression (\1 in the replacement is the first group)</source>
        <translation>正規表現 (置換文字列の \1 は 1 番目のグループ)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>置換後の文字列</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>前の一致 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>次の一致 (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>すべて置換</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n 件置換しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Invalid pattern: %1</source>
        <translation>無効なパターン: %1</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rubric::Fixer</name>
    <message>
        <source>the axes are not all valid tenths</source>
        <translation>評価軸の値がすべて 0.1 刻みの有効な値になっていません</translation>
    </message>
    <message>
        <source>Recompute the total</source>
        <translation>合計の再計算</translation>
    </message>
    <message>
        <source>the rating has no valid value for %1</source>
        <translation>評価に %1 の有効な値がありません</translation>
    </message>
    <message>
        <source>Write the score line from the rating</source>
        <translation>評価からのスコア行の書き込み</translation>
    </message>
    <message>
        <source>the rating has no valid total</source>
        <translation>評価に有効な合計がありません</translation>
    </message>
    <message>
        <source>Show the rating&apos;s total</source>
        <translation>評価の合計の表示</translation>
    </message>
    <message>
        <source>the date field is not a valid date</source>
        <translation>date フィールドが有効な日付ではありません</translation>
    </message>
    <message>
        <source>Set the end date</source>
        <translation>末尾の日付の設定</translation>
    </message>
    <message>
        <source>Add the end date</source>
        <translation>末尾の日付の追加</translation>
    </message>
    <message>
        <source>no such section</source>
        <translation>そのようなセクションはありません</translation>
    </message>
    <message>
        <source>Write the heading exactly</source>
        <translation>見出しの正確な書き直し</translation>
    </message>
    <message>
        <source>the review has no ref</source>
        <translation>レビューに ref がありません</translation>
    </message>
    <message>
        <source>Insert the score line from the rating</source>
        <translation>評価からのスコア行の挿入</translation>
    </message>
    <message>
        <source>Set the end date from the date field</source>
        <translation>date フィールドからの末尾の日付の設定</translation>
    </message>
    <message>
        <source>Add the end date from the date field</source>
        <translation>date フィールドからの末尾の日付の追加</translation>
    </message>
    <message>
        <source>Derive the permalink</source>
        <translation>パーマリンクの自動生成</translation>
    </message>
    <message>
        <source>Rename the file to its ref</source>
        <translation>ref に合わせたファイル名の変更</translation>
    </message>
    <message>
        <source>the layout is unknown</source>
        <translation>レイアウトが不明です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no mechanical fix</source>
        <translation>「%1」には自動修正がありません</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>変更する内容がありません</translation>
    </message>
    <message>
        <source>Break the line after &quot;---&quot;</source>
        <translation>&quot;---&quot; の後の改行</translation>
    </message>
    <message>
        <source>the line no longer starts with &quot;---&quot;</source>
        <translation>行が &quot;---&quot; で始まらなくなっています</translation>
    </message>
</context>
<context>
    <name>Rubric::FormView</name>
    <message>
        <source>Derive</source>
        <translation>自動生成</translation>
    </message>
    <message>
        <source>Set the permalink from the layout, language and ref</source>
        <translation>レイアウト、言語、ref からパーマリンクを設定します</translation>
    </message>
</context>
<context>
    <name>Rubric::FrontMatter</name>
    <message>
        <source>the file does not start with a front-matter line &quot;---&quot;</source>
        <translation>ファイルがフロントマターの開始行 &quot;---&quot; で始まっていません</translation>
    </message>
    <message>
        <source>the front matter opened on line 1 is never closed by a line &quot;---&quot;</source>
        <translation>1 行目から始まるフロントマターが &quot;---&quot; の行で閉じられていません</translation>
    </message>
    <message>
        <source>the front matter is not a list of &quot;key: value&quot; lines</source>
        <translation>フロントマターが &quot;key: value&quot; 形式の行の並びになっていません</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is also on line %2; the site reads this last one</source>
        <translation>キー「%1」は %2 行目にもあります。サイトでは後にあるこちらの値が使われます</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML 構文エラー: %1</translation>
    </message>
    <message>
        <source>YAML syntax error: the quoted value starting here is never closed</source>
        <translation>YAML 構文エラー: ここから始まる引用符付きの値が閉じられていません</translation>
    </message>
    <message>
        <source>the front matter&apos;s layout is too unusual to edit in place</source>
        <translation>フロントマターの書式が特殊なため、直接編集できません</translation>
    </message>
    <message>
        <source>the front matter is nested more than %1 levels deep</source>
        <translation>フロントマターの入れ子が %1 段を超えています</translation>
    </message>
    <message>
        <source>the value of this key is nested more than 100 levels deep</source>
        <translation>このキーの値の入れ子が 100 段を超えています</translation>
    </message>
    <message>
        <source>the value of this key expands to too many values (YAML aliases?)</source>
        <translation>このキーの値は展開すると値が多すぎます (YAML のエイリアス?)</translation>
    </message>
    <message>
        <source>the front matter opened on line 1 is never closed; line %1 &quot;%2&quot; looks like the closing &quot;---&quot; with the next line glued to it</source>
        <translation>1 行目から始まるフロントマターが閉じられていません。%1 行目の「%2」は、閉じる &quot;---&quot; の行に次の行がつながったもののようです</translation>
    </message>
</context>
<context>
    <name>Rubric::FrontMatterEditor</name>
    <message>
        <source>the front matter does not parse; fix it in the text first</source>
        <translation>フロントマターを解析できません。先にテキストで修正してください</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; on line %2 uses YAML anchors, aliases, tags or an unusual layout; edit it in the text</source>
        <translation>%2 行目の「%1」の値には YAML のアンカー、エイリアス、タグ、または特殊な書式が使われています。テキストで編集してください</translation>
    </message>
    <message>
        <source>cannot write this value for &quot;%1&quot;</source>
        <translation>「%1」にこの値を書き込めません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not written as a list [a, b, ...]</source>
        <translation>「%1」は [a, b, ...] 形式のリストとして書かれていません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no item %2</source>
        <translation>「%1」に %2 番目の項目はありません</translation>
    </message>
</context>
<context>
    <name>Rubric::GoToLineDialog</name>
    <message>
        <source>Go to Line</source>
        <translation>行へ移動</translation>
    </message>
    <message>
        <source>&amp;Line (%1 to %2):</source>
        <translation>行番号 (%1 から %2)(&amp;L):</translation>
    </message>
</context>
<context>
    <name>Rubric::Gui</name>
    <message>
        <source>Edit scored review documents.</source>
        <translation>スコア付きのレビュー文書を編集します。</translation>
    </message>
    <message>
        <source>Reviews to open.</source>
        <translation>開くレビュー。</translation>
    </message>
</context>
<context>
    <name>Rubric::History</name>
    <message>
        <source>%1 is not inside the repository&apos;s work tree</source>
        <translation>%1 はリポジトリの作業ツリー内にありません</translation>
    </message>
    <message>
        <source>unknown revision %1: %2</source>
        <translation>不明なリビジョン %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a commit</source>
        <translation>%1 はコミットではありません</translation>
    </message>
    <message>
        <source>%1 does not exist in %2</source>
        <translation>%1 は %2 に存在しません</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>HEAD is detached: check out a branch before committing</source>
        <translation>HEAD が切り離されています。コミットする前にブランチをチェックアウトしてください</translation>
    </message>
    <message>
        <source>a merge is in progress: finish or abort it with git before committing</source>
        <translation>マージの途中です。コミットする前に git でマージを完了するか中止してください</translation>
    </message>
    <message>
        <source>a rebase, cherry-pick or revert is in progress: finish it with git before committing</source>
        <translation>リベース、チェリーピック、またはリバートの途中です。コミットする前に git で完了させてください</translation>
    </message>
    <message>
        <source>no identity configured: set user.name and user.email in git&apos;s configuration</source>
        <translation>ユーザー情報が設定されていません。git の設定で user.name と user.email を設定してください</translation>
    </message>
    <message>
        <source>the commit message is empty</source>
        <translation>コミットメッセージが空です</translation>
    </message>
    <message>
        <source>%1 is not inside the repository</source>
        <translation>%1 はリポジトリ内にありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the chosen files have no change to commit</source>
        <translation>選択したファイルにはコミットする変更がありません</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>untracked</source>
        <translation>未追跡</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除済み</translation>
    </message>
</context>
<context>
    <name>Rubric::HistoryController</name>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Co&amp;mmit…</source>
        <translation>コミット(&amp;M)…</translation>
    </message>
    <message>
        <source>Cannot Read Version</source>
        <translation>版を読み込めません</translation>
    </message>
    <message>
        <source>%1 at %2 could not be read: %3</source>
        <translation>%2 の %1 を読み込めませんでした: %3</translation>
    </message>
    <message>
        <source>not valid UTF-8 or absent</source>
        <translation>有効な UTF-8 ではないか、存在しません</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Differences — %1</source>
        <translation>差分 — %1</translation>
    </message>
    <message>
        <source>From version %1 (%2) to the text being edited:</source>
        <translation>版 %1（%2）から編集中のテキストへの差分:</translation>
    </message>
    <message>
        <source>The review already reads as version %1.</source>
        <translation>このレビューはすでに版 %1 と同じ内容です。</translation>
    </message>
    <message>
        <source>Restore Version %1</source>
        <translation>版 %1 の復元</translation>
    </message>
    <message>
        <source>Cannot Restore Version</source>
        <translation>版を復元できません</translation>
    </message>
    <message>
        <source>Restored version %1; Undo brings the text back.</source>
        <translation>版 %1 を復元しました。元に戻すと以前のテキストに戻ります。</translation>
    </message>
    <message>
        <source>Unsaved edits are not committed: the files as saved are.</source>
        <translation>保存されていない編集はコミットされません。保存済みのファイルがコミットされます。</translation>
    </message>
    <message>
        <source>Committed %1</source>
        <translation>%1 をコミットしました</translation>
    </message>
</context>
<context>
    <name>Rubric::HistoryPanel</name>
    <message>
        <source>Overlay on Chart</source>
        <translation>チャートに重ねて表示</translation>
    </message>
    <message>
        <source>Show Difference</source>
        <translation>差分を表示</translation>
    </message>
    <message>
        <source>Restore This Version</source>
        <translation>この版を復元</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>No history: the review is not in a git repository or not committed yet</source>
        <translation>履歴がありません。レビューが git リポジトリ内にないか、まだコミットされていません</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
</context>
<context>
    <name>Rubric::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Open a site folder with File &gt; Open Site… to browse all its reviews.</source>
        <translation>[ファイル] &gt; [サイトを開く…] でサイトのフォルダーを開くと、そのすべてのレビューを参照できます。</translation>
    </message>
    <message>
        <source>Indexing %v of %m</source>
        <translation>インデックス作成中 %v / %m</translation>
    </message>
    <message>
        <source>Library — %1</source>
        <translation>ライブラリ — %1</translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n reviews</source>
        <translation>
            <numerusform>%n 件のレビューをインデックスしました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rubric::LibraryFilter</name>
    <message>
        <source>&quot;%1&quot; is not a condition such as total&gt;=3.5 or lang=ja</source>
        <translation>「%1」は total&gt;=3.5 や lang=ja のような条件ではありません</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; columns: %2</source>
        <translation>「%1」は不明な列です。使用できる列: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value for %2</source>
        <translation>「%1」は %2 の値として無効です</translation>
    </message>
</context>
<context>
    <name>Rubric::LibraryModel</name>
    <message>
        <source>%1 only</source>
        <translation>%1 のみ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>レイアウト</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>翻訳状況</translation>
    </message>
</context>
<context>
    <name>Rubric::LibraryView</name>
    <message>
        <source>With problems only</source>
        <translation>問題のあるもののみ</translation>
    </message>
    <message>
        <source>Search name, company, tags…</source>
        <translation>名前、企業、タグを検索…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <source>All layouts</source>
        <translation>すべてのレイアウト</translation>
    </message>
    <message>
        <source>from</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>to</source>
        <translation>上限</translation>
    </message>
    <message numerus="yes">
        <source>Open %n Reviews</source>
        <translation>
            <numerusform>%n 件のレビューを開く</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open Company Review</source>
        <translation>企業のレビューを開く</translation>
    </message>
    <message>
        <source>Open Translation (%1)</source>
        <translation>翻訳を開く (%1)</translation>
    </message>
    <message>
        <source>Compare on the Chart</source>
        <translation>チャートで比較</translation>
    </message>
    <message>
        <source>Compare the Company&apos;s Mean on the Chart</source>
        <translation>企業の平均をチャートで比較</translation>
    </message>
    <message numerus="yes">
        <source>%1 (mean of %n products)</source>
        <translation>
            <numerusform>%1 (%n 製品の平均)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 reviews</source>
        <translation>%2 件中 %1 件のレビュー</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n product reviews, mean %2 (%3)</source>
        <translation>
            <numerusform>%1: 製品レビュー %n 件、平均 %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Both Languages Side by Side</source>
        <translation>両方の言語を並べて開く</translation>
    </message>
    <message>
        <source>Any translation status</source>
        <translation>すべての翻訳状況</translation>
    </message>
    <message numerus="yes">
        <source>Export %n Review(s) as PDF Booklet…</source>
        <translation>
            <numerusform>%n 件のレビューを PDF 冊子に書き出し…</numerusform>
        </translation>
    </message>
    <message>
        <source>Without a translation only</source>
        <translation>翻訳のないものだけ</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>列をリセット</translation>
    </message>
</context>
<context>
    <name>Rubric::MainMenus</name>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Translation</source>
        <translation>翻訳(&amp;T)</translation>
    </message>
    <message>
        <source>Translate Side by &amp;Side…</source>
        <translation>並べて翻訳(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Rubric</source>
        <translation>Rubric について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Review…</source>
        <translation>新規レビュー(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Site…</source>
        <translation>サイトを開く(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>保存時の状態に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF に書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Library Selection as &amp;Booklet…</source>
        <translation>ライブラリの選択項目を冊子に書き出し(&amp;B)…</translation>
    </message>
    <message>
        <source>Select reviews in the library first.</source>
        <translation>先にライブラリでレビューを選択してください。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;Saved Ratings on the Chart</source>
        <translation>保存時の評価をチャートに表示(&amp;S)</translation>
    </message>
    <message>
        <source>Clear the Chart&apos;s &amp;Comparison</source>
        <translation>チャートの比較をクリア(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>The language changes the next time Rubric starts.</source>
        <translation>言語の変更は、次回 Rubric を起動したときに反映されます。</translation>
    </message>
    <message>
        <source>Open Reviews</source>
        <translation>レビューを開く</translation>
    </message>
    <message>
        <source>Reviews (*.md *.markdown);;All files (*)</source>
        <translation>レビュー (*.md *.markdown);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open Site</source>
        <translation>サイトを開く</translation>
    </message>
    <message>
        <source>About Rubric</source>
        <translation>Rubric について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rubric %1&lt;/h3&gt;&lt;p&gt;An editor for scored review documents: form, radar chart, Markdown and preview in step, and files saved exactly as they were but for what you changed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rubric %1&lt;/h3&gt;&lt;p&gt;スコア付きレビュー文書のためのエディターです。フォーム、レーダーチャート、Markdown、プレビューが連動し、ファイルは変更した箇所以外を元のまま保存します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>レイアウトをリセット(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Rubric::MainWindow</name>
    <message>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <source>Open a review with File &gt; Open, or drop one here.</source>
        <translation>[ファイル] &gt; [開く] でレビューを開くか、ここにドロップしてください。</translation>
    </message>
    <message>
        <source>Cannot Open Review</source>
        <translation>レビューを開けません</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: %2 行目: %3</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Open a review to compare with.</source>
        <translation>比較するには、レビューを開いてください。</translation>
    </message>
    <message>
        <source> (deleted)</source>
        <translation> (削除済み)</translation>
    </message>
</context>
<context>
    <name>Rubric::MarkdownEditor</name>
    <message>
        <source>Markdown body</source>
        <translation>Markdown 本文</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>This file has carriage returns that are not line breaks: edit its fields in the form; the body is read-only here.</source>
        <translation>このファイルには改行ではない復帰文字 (CR) が含まれています。フィールドはフォームで編集してください。本文はここでは読み取り専用です。</translation>
    </message>
</context>
<context>
    <name>Rubric::NewReviewDialog</name>
    <message>
        <source>New Review</source>
        <translation>新規レビュー</translation>
    </message>
    <message>
        <source>a company id, e.g. sony; a new one is allowed</source>
        <translation>企業の id (例: sony)。新しい id も指定できます</translation>
    </message>
    <message>
        <source>e.g. Sony IER-M9</source>
        <translation>例: Sony IER-M9</translation>
    </message>
    <message>
        <source>lowercase ASCII letters, digits and hyphens</source>
        <translation>ASCII の小文字、数字、ハイフン</translation>
    </message>
    <message>
        <source>Made from the name; type to choose another. Clear it to derive it again.</source>
        <translation>名前から生成されます。別のものにするには入力してください。空にすると再び自動生成されます。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the site folder</source>
        <translation>サイトのフォルダーを選択</translation>
    </message>
    <message>
        <source>&amp;Site folder:</source>
        <translation>サイトのフォルダー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>企業(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Ref:</source>
        <translation>ref(&amp;R):</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル:</translation>
    </message>
    <message>
        <source>Permalink:</source>
        <translation>パーマリンク:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日付:</translation>
    </message>
    <message>
        <source>Site Folder</source>
        <translation>サイトのフォルダー</translation>
    </message>
    <message>
        <source>Product review</source>
        <translation>製品レビュー</translation>
    </message>
    <message>
        <source>Company review</source>
        <translation>企業レビュー</translation>
    </message>
    <message>
        <source>Choose the site folder the review belongs to.</source>
        <translation>レビューが属するサイトのフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Enter the product&apos;s or company&apos;s name.</source>
        <translation>製品名または企業名を入力してください。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 はすでに存在します。</translation>
    </message>
    <message>
        <source>The ref &quot;%1&quot; is already used by %2: choose another ref.</source>
        <translation>ref「%1」はすでに %2 で使用されています。別の ref を選択してください。</translation>
    </message>
    <message>
        <source>This will be the translation of %1.</source>
        <translation>これは %1 の翻訳になります。</translation>
    </message>
    <message>
        <source>Cannot Create Review</source>
        <translation>レビューを作成できません</translation>
    </message>
</context>
<context>
    <name>Rubric::NotationRules</name>
    <message>
        <source>half-width katakana &quot;%1&quot;: write &quot;%2&quot;</source>
        <translation>半角カタカナ「%1」: 「%2」と書いてください</translation>
    </message>
    <message>
        <source>full-width letters or digits &quot;%1&quot;: write &quot;%2&quot;</source>
        <translation>全角の英数字「%1」: 「%2」と書いてください</translation>
    </message>
    <message>
        <source>doubled particle &quot;%1&quot;</source>
        <translation>助詞の重複「%1」</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written &quot;%2&quot; elsewhere on the site</source>
        <translation>「%1」はサイトの他の箇所では「%2」と書かれています</translation>
    </message>
</context>
<context>
    <name>Rubric::PairCheck</name>
    <message>
        <source>&quot;%1&quot; of the source section &quot;%2&quot; (%3) is missing here</source>
        <translation>原文のセクション「%2」(%3) にある「%1」がここにありません</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; of the source section &quot;%2&quot; (%3) is missing here</source>
        <translation>原文のセクション「%2」(%3) にある名前「%1」がここにありません</translation>
    </message>
    <message>
        <source>the price &quot;%1&quot; of the source section &quot;%2&quot; (%3) is missing here (about %4 %5 at the pair&apos;s prices)</source>
        <translation>原文のセクション「%2」(%3) にある価格「%1」がここにありません (ペアの価格で換算すると約 %4 %5)</translation>
    </message>
    <message>
        <source>the price &quot;%1&quot; of the source section &quot;%2&quot; (%3) is missing here</source>
        <translation>原文のセクション「%2」(%3) にある価格「%1」がここにありません</translation>
    </message>
    <message>
        <source>the link %1 of the source section &quot;%2&quot; (%3) is missing here</source>
        <translation>原文のセクション「%2」(%3) にあるリンク %1 がここにありません</translation>
    </message>
</context>
<context>
    <name>Rubric::PdfExport</name>
    <message>
        <source>The PDF could not be painted.</source>
        <translation>PDF を描画できませんでした。</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Rubric::PdfUpdate</name>
    <message>
        <source>The PDF has no cross-reference table to update.</source>
        <translation>PDF に更新対象の相互参照テーブルがありません。</translation>
    </message>
    <message>
        <source>The PDF&apos;s catalog or page tree could not be read.</source>
        <translation>PDF のカタログまたはページツリーを読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Rubric::PreviewView</name>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
</context>
<context>
    <name>Rubric::PriceReport</name>
    <message>
        <source>expected ref,lang,price</source>
        <translation>ref,lang,price の形式で指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price</source>
        <translation>「%1」は価格ではありません</translation>
    </message>
    <message>
        <source>no product review with ref &quot;%1&quot; in language &quot;%2&quot;</source>
        <translation>言語「%2」に ref「%1」の製品レビューがありません</translation>
    </message>
</context>
<context>
    <name>Rubric::PrintExport</name>
    <message>
        <source>Export PDF</source>
        <translation>PDF の書き出し</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 を書き出しました (%n ページ)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <source>A booklet is being exported; wait for it to finish.</source>
        <translation>冊子を書き出し中です。完了するまでお待ちください。</translation>
    </message>
    <message>
        <source>reviews.pdf</source>
        <translation>reviews.pdf</translation>
    </message>
    <message numerus="yes">
        <source>Exporting a booklet of %n review(s)…</source>
        <translation>
            <numerusform>%n 件のレビューの冊子を書き出し中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Booklet</source>
        <translation>冊子の書き出し</translation>
    </message>
    <message numerus="yes">
        <source>Exported a booklet of %n review(s) to %1</source>
        <translation>
            <numerusform>%n 件のレビューの冊子を %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Rubric::PrintOptionsDialog</name>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>ページ設定</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter (8.5 × 11 in)</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>用紙サイズ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Top margin:</source>
        <translation>上余白(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Bottom margin:</source>
        <translation>下余白(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Left margin:</source>
        <translation>左余白(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Right margin:</source>
        <translation>右余白(&amp;R):</translation>
    </message>
</context>
<context>
    <name>Rubric::ProblemsModel</name>
    <message>
        <source>Fix: %1</source>
        <translation>修正: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
</context>
<context>
    <name>Rubric::ProblemsView</name>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Select a problem that has a mechanical fix</source>
        <translation>自動修正できる問題を選択してください</translation>
    </message>
    <message>
        <source>No problems: the review follows the site&apos;s rules.</source>
        <translation>問題はありません。レビューはサイトのルールに従っています。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rubric::Proofreader</name>
    <message>
        <source>An English word is not in the dictionary, the site&apos;s names or rubric-dictionary.txt</source>
        <translation>英単語が辞書、サイトの名前、rubric-dictionary.txt のいずれにもありません</translation>
    </message>
    <message>
        <source>A katakana word is written differently elsewhere on the site (ー, ・, width)</source>
        <translation>カタカナ語がサイトの他の箇所で異なる表記になっています (ー、・、文字幅)</translation>
    </message>
    <message>
        <source>Half-width katakana</source>
        <translation>半角カタカナ</translation>
    </message>
    <message>
        <source>Full-width Latin letters or digits</source>
        <translation>全角の英数字</translation>
    </message>
    <message>
        <source>A doubled particle (のの, にに, をを, がが)</source>
        <translation>助詞の重複 (のの、にに、をを、がが)</translation>
    </message>
    <message>
        <source>A number with a unit of the source section is missing from the translation</source>
        <translation>原文のセクションにある単位付きの数値が翻訳にありません</translation>
    </message>
    <message>
        <source>A model name of the source section is missing from the translation</source>
        <translation>原文のセクションにあるモデル名が翻訳にありません</translation>
    </message>
    <message>
        <source>A price of the source section is missing, converted, from the translation</source>
        <translation>原文のセクションにある価格が、換算された形で翻訳にありません</translation>
    </message>
    <message>
        <source>A link of the source section is missing from the translation</source>
        <translation>原文のセクションにあるリンクが翻訳にありません</translation>
    </message>
    <message>
        <source>unknown word &quot;%1&quot;</source>
        <translation>不明な単語「%1」</translation>
    </message>
    <message>
        <source>unknown word &quot;%1&quot; (%2?)</source>
        <translation>不明な単語「%1」(%2?)</translation>
    </message>
</context>
<context>
    <name>Rubric::RadarChartView</name>
    <message>
        <source>Ratings</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>As saved</source>
        <translation>保存時</translation>
    </message>
</context>
<context>
    <name>Rubric::RatingEditor</name>
    <message>
        <source>unknown rating axis</source>
        <translation>不明な評価軸です</translation>
    </message>
    <message>
        <source>a rating axis is between 0.0 and 1.0</source>
        <translation>評価軸の値は 0.0 から 1.0 の範囲で指定してください</translation>
    </message>
    <message>
        <source>line %1: %2; fix the rating in the text first</source>
        <translation>%1 行目: %2。先にテキストで評価を修正してください</translation>
    </message>
</context>
<context>
    <name>Rubric::Ratings</name>
    <message>
        <source>the rating is not a list</source>
        <translation>評価がリストになっていません</translation>
    </message>
    <message>
        <source>the rating has %1 values instead of %2 (the total and %3 axes)</source>
        <translation>評価の値が %1 個あります (合計と %3 個の評価軸で %2 個必要です)</translation>
    </message>
    <message>
        <source>the rating has a value that is not a number with at most one decimal</source>
        <translation>評価に、小数点以下 1 桁までの数値ではない値が含まれています</translation>
    </message>
</context>
<context>
    <name>Rubric::RatingsEditor</name>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>The sum of the axes, computed</source>
        <translation>評価軸の合計 (自動計算)</translation>
    </message>
    <message>
        <source>Calculate…</source>
        <translation>計算…</translation>
    </message>
    <message>
        <source>Compute the cost-performance from the price of the cheapest equivalent product</source>
        <translation>最も安い同等製品の価格からコストパフォーマンスを計算</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 の設定</translation>
    </message>
</context>
<context>
    <name>Rubric::RatingsModel</name>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>評価軸</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存時</translation>
    </message>
</context>
<context>
    <name>Rubric::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>一覧をクリア</translation>
    </message>
</context>
<context>
    <name>Rubric::RecordReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>the front matter does not parse</source>
        <translation>フロントマターを解析できません</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte offset %1</source>
        <translation>バイトオフセット %1 に無効な UTF-8 があります</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>ファイルのサイズが %1 MB を超えています</translation>
    </message>
    <message>
        <source>a NUL byte at byte offset %1: this is not a text file</source>
        <translation>バイトオフセット %1 に NUL バイトがあります: テキストファイルではありません</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
</context>
<context>
    <name>Rubric::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>未保存の変更の復元</translation>
    </message>
    <message>
        <source>Rubric did not close normally. These reviews had changes that were not saved:</source>
        <translation>Rubric は正常に終了しませんでした。次のレビューには保存されていない変更がありました:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>後で決める(&amp;L)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Unsaved changes as of %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 時点の未保存の変更。</translation>
    </message>
    <message>
        <source>The file no longer exists: Restore writes the recovered text to it.</source>
        <translation>ファイルはもう存在しません。「復元」を選ぶと、復元したテキストがこのファイルに書き込まれます。</translation>
    </message>
    <message>
        <source>The file has changed on disk since: the differences are against what it holds now.</source>
        <translation>その後ディスク上のファイルが変更されています。差分は現在のファイルの内容と比較したものです。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>Rubric::RecoveryManager</name>
    <message>
        <source>Recovered Changes</source>
        <translation>復元された変更</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1: save to keep them.</source>
        <translation>%1 の未保存の変更を復元しました。残すには保存してください。</translation>
    </message>
    <message>
        <source>Save Recovered Review As</source>
        <translation>復元したレビューに名前を付けて保存</translation>
    </message>
    <message>
        <source>Reviews (*.md)</source>
        <translation>レビュー (*.md)</translation>
    </message>
    <message>
        <source>the file exists</source>
        <translation>ファイルがすでに存在します</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>復元できません</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Rubric::RecoveryStore</name>
    <message>
        <source>cannot create the recovery folder %1</source>
        <translation>復元用フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write the recovery copy of %1: %2</source>
        <translation>%1 の復元用コピーを書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Rubric::ReviewDocument</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <source>the file is %1 MB; Rubric opens reviews of up to %2 MB</source>
        <translation>ファイルのサイズが %1 MB あります。Rubric で開けるレビューは %2 MB までです</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte offset %1 (line %2, column %3)</source>
        <translation>バイトオフセット %1 (%2 行目、%3 列目) に無効な UTF-8 があります</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>「%1」は不明なフィールドです</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 の変更</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 の削除</translation>
    </message>
    <message>
        <source>unknown rating axis &quot;%1&quot;</source>
        <translation>「%1」は不明な評価軸です</translation>
    </message>
    <message>
        <source>could not set %1 without changing other values; nothing was changed</source>
        <translation>他の値を変更せずに %1 を設定できませんでした。何も変更されていません</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 の設定</translation>
    </message>
    <message>
        <source>Rubric could not write %1 without changing other values; nothing was changed</source>
        <translation>Rubric は他の値を変更せずに %1 を書き込めませんでした。何も変更されていません</translation>
    </message>
    <message>
        <source>the document has no file name yet</source>
        <translation>文書にまだファイル名がありません</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened</source>
        <translation>%1 は開いた後にディスク上で変更されています</translation>
    </message>
    <message>
        <source>the text holds characters that cannot be written as UTF-8</source>
        <translation>テキストに UTF-8 で書き込めない文字が含まれています</translation>
    </message>
    <message>
        <source>the front matter no longer reads (line %1); fix it before saving</source>
        <translation>フロントマターを読み込めなくなっています (%1 行目)。保存する前に修正してください</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 はすでに存在します</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更できません</translation>
    </message>
    <message>
        <source>cannot write %1: a folder has that name</source>
        <translation>%1 に書き込めません: 同じ名前のフォルダーがあります</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 no longer exists</source>
        <translation>%1 に書き込めません: フォルダー %2 はもう存在しません</translation>
    </message>
    <message>
        <source>cannot write %1: %2 is not a folder</source>
        <translation>%1 に書き込めません: %2 はフォルダーではありません</translation>
    </message>
    <message>
        <source>cannot write %1: the file is read-only</source>
        <translation>%1 に書き込めません: ファイルが読み取り専用です</translation>
    </message>
    <message>
        <source>not a regular file (a folder, a device or a pipe)</source>
        <translation>通常のファイルではありません (フォルダー、デバイスまたはパイプ)</translation>
    </message>
    <message>
        <source>a NUL byte at byte offset %1 (line %2): this is not a text file</source>
        <translation>バイトオフセット %1 (%2 行目) に NUL バイトがあります: テキストファイルではありません</translation>
    </message>
</context>
<context>
    <name>Rubric::ReviewHtml</name>
    <message>
        <source>Reference price</source>
        <translation>参考価格</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>Rubric::ReviewTemplate</name>
    <message>
        <source>&quot;%1&quot; is not a layout of the site (%2)</source>
        <translation>「%1」はサイトのレイアウトではありません (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language of the site (%2)</source>
        <translation>「%1」はサイトの言語ではありません (%2)</translation>
    </message>
    <message>
        <source>the review needs a name</source>
        <translation>レビューには名前が必要です</translation>
    </message>
    <message>
        <source>the name must be one line of text</source>
        <translation>名前は 1 行のテキストで入力してください</translation>
    </message>
    <message>
        <source>no ref can be made of &quot;%1&quot;: give one in lowercase ASCII letters, digits and hyphens</source>
        <translation>「%1」から ref を生成できません。ASCII の小文字、数字、ハイフンで ref を指定してください</translation>
    </message>
    <message>
        <source>the ref &quot;%1&quot; is not lowercase ASCII letters, digits and hyphens</source>
        <translation>ref「%1」が ASCII の小文字、数字、ハイフンだけで構成されていません</translation>
    </message>
    <message>
        <source>a %1 review needs a company</source>
        <translation>%1 のレビューには企業が必要です</translation>
    </message>
    <message>
        <source>the company &quot;%1&quot; is not lowercase ASCII letters, digits and hyphens</source>
        <translation>企業「%1」が ASCII の小文字、数字、ハイフンだけで構成されていません</translation>
    </message>
    <message>
        <source>the review needs a date</source>
        <translation>レビューには日付が必要です</translation>
    </message>
    <message>
        <source>the review for &quot;%1&quot; would not read back as given; nothing was written</source>
        <translation>「%1」のレビューは指定したとおりに読み戻せないため、何も書き込みませんでした</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 は既に存在します</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Rubric::ReviewText</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ファイルを読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: invalid UTF-8 at byte offset %2</source>
        <translation>%1: バイトオフセット %2 に無効な UTF-8 があります</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1: ファイルが %2 MB を超えています</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
</context>
<context>
    <name>Rubric::Schema</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>the schema must be a mapping</source>
        <translation>スキーマはマッピングである必要があります</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; must be a list of mappings</source>
        <translation>%1 行目: 「%2」はマッピングのリストである必要があります</translation>
    </message>
    <message>
        <source>field %1: unknown type &quot;%2&quot;</source>
        <translation>フィールド %1: 「%2」は不明な型です</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1 行目、%2 列目: %3</translation>
    </message>
    <message>
        <source>%1 %2 has no id</source>
        <translation>%2 番目の%1に id がありません</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is given twice</source>
        <translation>%1「%2」が重複しています</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>レイアウト</translation>
    </message>
    <message>
        <source>field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>評価軸</translation>
    </message>
    <message>
        <source>section</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>section %1 names the unknown axis %2</source>
        <translation>セクション %1 が不明な評価軸 %2 を指定しています</translation>
    </message>
    <message>
        <source>the schema has no rating axes</source>
        <translation>スキーマに評価軸がありません</translation>
    </message>
    <message>
        <source>rules must be a mapping</source>
        <translation>rules はマッピングである必要があります</translation>
    </message>
</context>
<context>
    <name>Rubric::SharedFields</name>
    <message>
        <source>the rating to apply is not valid: %1</source>
        <translation>適用する評価が有効ではありません: %1</translation>
    </message>
    <message>
        <source>the rating to apply has no value for %1</source>
        <translation>適用する評価に %1 の値がありません</translation>
    </message>
    <message>
        <source>Apply the rating of the other language</source>
        <translation>もう一方の言語の評価の適用</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Rubric::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>Search actions and keys…</source>
        <translation>アクションとキーを検索…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
</context>
<context>
    <name>Rubric::SiteChecks</name>
    <message>
        <source>the ref &quot;%1&quot; is also used by %2</source>
        <translation>ref「%1」は %2 でも使われています</translation>
    </message>
    <message>
        <source>no review in another language has the ref &quot;%1&quot;</source>
        <translation>ref「%1」を持つ他の言語のレビューがありません</translation>
    </message>
    <message>
        <source>its translation is %1, found by ref only</source>
        <translation>翻訳 %1 は ref でのみ見つかりました</translation>
    </message>
    <message>
        <source>the rating %1 differs from %2 in %3</source>
        <translation>評価 %1 が %3 の %2 と異なります</translation>
    </message>
    <message>
        <source>the prices %1 (%2) and %3 (%4) have the ratio %5, outside %6 to %7</source>
        <translation>価格 %1 (%2) と %3 (%4) の比率が %5 で、%6 から %7 の範囲外です</translation>
    </message>
</context>
<context>
    <name>Rubric::SiteDictionary</name>
    <message>
        <source>%1: cannot read the site dictionary: %2</source>
        <translation>%1: サイトの辞書を読み込めません: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a single word</source>
        <translation>「%1」は 1 つの単語ではありません</translation>
    </message>
    <message>
        <source>%1: cannot write the site dictionary: %2</source>
        <translation>%1: サイトの辞書に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Rubric::SiteEdit</name>
    <message>
        <source>unknown key &quot;%1&quot;; known keys: %2</source>
        <translation>「%1」は不明なキーです。使用できるキー: %2</translation>
    </message>
    <message>
        <source>%1 must be between 0.0 and 1.0 in steps of 0.1, not &quot;%2&quot;</source>
        <translation>%1 には 0.0 から 1.0 までの値を 0.1 刻みで指定してください (「%2」は無効です)</translation>
    </message>
    <message>
        <source>invalid regular expression &quot;%1&quot;: %2</source>
        <translation>無効な正規表現「%1」: %2</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>「%1」は不明なフィールドです</translation>
    </message>
    <message>
        <source>the rating has no complete set of axes to add up</source>
        <translation>評価に、合計するための評価軸の値がそろっていません</translation>
    </message>
    <message>
        <source>could not set the total to %1</source>
        <translation>合計を %1 に設定できませんでした</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 を %2 に設定</translation>
    </message>
    <message>
        <source>Add tag %1</source>
        <translation>タグ %1 の追加</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>タグ %1 の削除</translation>
    </message>
    <message>
        <source>Rename tag %1 to %2</source>
        <translation>タグ %1 の名前を %2 に変更</translation>
    </message>
    <message>
        <source>Replace %1 in %2</source>
        <translation>%2 内の %1 の置換</translation>
    </message>
    <message>
        <source>Recompute the total</source>
        <translation>合計の再計算</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 の削除</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: 拒否されました: %2</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>the front matter cannot be edited</source>
        <translation>フロントマターを編集できません</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>too large to edit</source>
        <translation>大きすぎるため編集できません</translation>
    </message>
    <message>
        <source>open in the editor with unsaved changes; save or revert it first</source>
        <translation>エディターで開かれていて未保存の変更があります。先に保存するか、保存時の状態に戻してください</translation>
    </message>
    <message>
        <source>changed on disk since the preview</source>
        <translation>プレビュー後にディスク上で変更されています</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 の取り消し</translation>
    </message>
    <message>
        <source>changed since the site edit; left as it is</source>
        <translation>サイト全体の編集後に変更されています。そのままにしました</translation>
    </message>
</context>
<context>
    <name>Rubric::SiteEditController</name>
    <message>
        <source>&amp;Site Edit…</source>
        <translation>サイト全体の編集(&amp;S)…</translation>
    </message>
    <message>
        <source>Undo Site Ed&amp;it</source>
        <translation>サイト全体の編集を元に戻す(&amp;I)</translation>
    </message>
    <message>
        <source>Undo Site Ed&amp;it: %1</source>
        <translation>サイト全体の編集を元に戻す(&amp;I): %1</translation>
    </message>
    <message>
        <source>Open a site first (File &gt; Open Site).</source>
        <translation>先にサイトを開いてください（ファイル &gt; サイトを開く）。</translation>
    </message>
    <message>
        <source>Site Edit</source>
        <translation>サイト全体の編集</translation>
    </message>
    <message>
        <source>No review matches the selection.</source>
        <translation>選択条件に一致するレビューはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Previewing the edit of %n reviews…</source>
        <translation>
            <numerusform>%n 件のレビューの編集をプレビューしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Site edit: %n files changed</source>
        <translation>
            <numerusform>サイト全体の編集: %n 件のファイルを変更しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files were left as they were:</source>
        <translation>
            <numerusform>%n 件のファイルは変更されませんでした:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undid the site edit: %n files restored</source>
        <translation>
            <numerusform>サイト全体の編集を元に戻しました: %n 件のファイルを復元しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Site Edit</source>
        <translation>サイト全体の編集を元に戻す</translation>
    </message>
    <message numerus="yes">
        <source>%n files changed since the site edit and were left as they are:</source>
        <translation>
            <numerusform>%n 件のファイルはサイト全体の編集の後に変更されたため、そのままにしました:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rubric::SiteEditDialog</name>
    <message>
        <source>Site Edit</source>
        <translation>サイト全体の編集</translation>
    </message>
    <message>
        <source>as in the library&apos;s filter, e.g. total&lt;2 name~sony</source>
        <translation>ライブラリのフィルタと同じ書式。例: total&lt;2 name~sony</translation>
    </message>
    <message>
        <source>any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Set field</source>
        <translation>フィールドを設定</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>タグを追加</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>タグを削除</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>タグ名を変更</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reviews&lt;/b&gt; (every condition given must hold)</source>
        <translation>&lt;b&gt;レビュー&lt;/b&gt;（指定した条件をすべて満たすもの）</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>条件(&amp;W):</translation>
    </message>
    <message>
        <source>With &amp;tag:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change&lt;/b&gt;</source>
        <translation>&lt;b&gt;変更&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>変更(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>フィールド(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>値(&amp;V):</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>プレビュー…</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>新しい名前(&amp;N):</translation>
    </message>
</context>
<context>
    <name>Rubric::SitePitfallRules</name>
    <message>
        <source>the site shows this line as a table because of its &quot;|&quot;; write &quot;&amp;#124;&quot; to keep it text</source>
        <translation>サイトでは &quot;|&quot; があるためこの行が表として表示されます。テキストのままにするには &quot;&amp;#124;&quot; と書いてください</translation>
    </message>
    <message>
        <source>the site does not know &quot;%1&quot; lists and runs the items into one paragraph; write &quot;%2.&quot;</source>
        <translation>サイトは「%1」形式のリストを認識せず、項目を 1 つの段落につなげてしまいます。「%2.」と書いてください</translation>
    </message>
    <message>
        <source>the site turns the underscores in &quot;%1&quot; into italics; write it as &lt;%1&gt;</source>
        <translation>サイトでは「%1」内のアンダースコアが斜体に変換されます。&lt;%1&gt; と書いてください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bold on the site but not in other Markdown tools; put the punctuation outside the markers</source>
        <translation>「%1」はサイトでは太字になりますが、ほかの Markdown ツールではなりません。句読点をマーカーの外に出してください</translation>
    </message>
    <message>
        <source>Write the | as &amp;#124; so the line stays text</source>
        <translation>行をテキストのままにするための | から &amp;#124; への置き換え</translation>
    </message>
    <message>
        <source>Write the list number with a period</source>
        <translation>ピリオドを使ったリスト番号への書き換え</translation>
    </message>
    <message>
        <source>Wrap the URL in &lt;…&gt;</source>
        <translation>URL の &lt;…&gt; での囲み込み</translation>
    </message>
    <message>
        <source>Move the punctuation outside the bold markers</source>
        <translation>句読点の太字マーカーの外への移動</translation>
    </message>
    <message>
        <source>the problem is no longer there</source>
        <translation>問題は既に解消されています</translation>
    </message>
    <message>
        <source>no punctuation to move: rewrite the bold text by hand</source>
        <translation>移動する句読点がありません。太字のテキストを手作業で書き直してください</translation>
    </message>
    <message>
        <source>moving the punctuation would change what the site shows in bold: rewrite it by hand</source>
        <translation>句読点を移動すると、サイトで太字になる部分が変わります。手作業で書き直してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no mechanical fix</source>
        <translation>「%1」には自動修正がありません</translation>
    </message>
</context>
<context>
    <name>Rubric::SitePreviewDialog</name>
    <message>
        <source>Site Edit: %1</source>
        <translation>サイト全体の編集: %1</translation>
    </message>
    <message>
        <source>Files to change: %1. Refused and left as they are: %2.</source>
        <translation>変更するファイル: %1。拒否されてそのままのファイル: %2。</translation>
    </message>
</context>
<context>
    <name>Rubric::SitePreviewModel</name>
    <message>
        <source>Refused: %1</source>
        <translation>拒否: %1</translation>
    </message>
    <message>
        <source>Changes; recalculate cost-performance</source>
        <translation>変更あり。コストパフォーマンスを再計算してください</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
</context>
<context>
    <name>Rubric::SiteSearch</name>
    <message>
        <source>the site is not open</source>
        <translation>サイトが開かれていません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Rubric::SpellChecker</name>
    <message>
        <source>%1: no Hunspell dictionary there (install hunspell-en-us)</source>
        <translation>%1: Hunspell の辞書がありません (hunspell-en-us をインストールしてください)</translation>
    </message>
</context>
<context>
    <name>Rubric::StatusInfo</name>
    <message>
        <source>Line and column of the cursor in the file</source>
        <translation>ファイル内のカーソルの行と列</translation>
    </message>
    <message>
        <source>Words and characters of the body</source>
        <translation>本文の単語数と文字数</translation>
    </message>
    <message>
        <source>The review&apos;s language</source>
        <translation>レビューの言語</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <translation>行 %1、列 %2</translation>
    </message>
    <message>
        <source>%1 words, %2 characters</source>
        <translation>%1 語、%2 文字</translation>
    </message>
    <message>
        <source>no language</source>
        <translation>言語なし</translation>
    </message>
    <message>
        <source>The review&apos;s language: %1</source>
        <translation>レビューの言語: %1</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>変更あり</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>問題なし</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rubric::TabActions</name>
    <message>
        <source>&amp;Next Tab</source>
        <translation>次のタブ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>前のタブ(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Rubric::TagEditor</name>
    <message>
        <source>Add a tag and press Enter</source>
        <translation>タグを入力して Enter キーで追加</translation>
    </message>
    <message>
        <source>Remove the tag &quot;%1&quot;</source>
        <translation>タグ「%1」を削除</translation>
    </message>
</context>
<context>
    <name>Rubric::TagRules</name>
    <message>
        <source>tags: expected one entry per language (en:, ja:)</source>
        <translation>tags: 言語ごとに 1 つのエントリーが必要です (en:, ja:)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is written &quot;%2&quot; on this site</source>
        <translation>タグ「%1」はこのサイトでは「%2」と書かれています</translation>
    </message>
</context>
<context>
    <name>Rubric::TranslationController</name>
    <message>
        <source>Open a review to translate.</source>
        <translation>翻訳するレビューを開いてください。</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>%1 is not inside a site, so it has no translation to pair with.</source>
        <translation>%1 はサイト内にないため、対になる翻訳がありません。</translation>
    </message>
    <message>
        <source>%1 is not where the site&apos;s layouts put reviews, or has no ref.</source>
        <translation>%1 はサイトのレイアウトがレビューを置く場所にないか、ref がありません。</translation>
    </message>
    <message>
        <source>Create the Translation</source>
        <translation>翻訳の作成</translation>
    </message>
    <message>
        <source>%1 has no translation yet.

Create %2 from it? The front matter, ratings and body are carried over, the section headings localized; every section starts untranslated.</source>
        <translation>%1 にはまだ翻訳がありません。

これをもとに %2 を作成しますか？フロントマター、評価、本文が引き継がれ、セクション見出しはローカライズされます。すべてのセクションは未翻訳の状態で始まります。</translation>
    </message>
    <message>
        <source>Cannot Create the Translation</source>
        <translation>翻訳を作成できません</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Translation — %1 → %2</source>
        <translation>翻訳 — %1 → %2</translation>
    </message>
    <message>
        <source>Your changes to %1 will be saved first.</source>
        <translation>先に %1 への変更を保存します。</translation>
    </message>
</context>
<context>
    <name>Rubric::TranslationCreator</name>
    <message>
        <source>unknown language &quot;%1&quot;; the site&apos;s languages: %2</source>
        <translation>「%1」は不明な言語です。サイトの言語: %2</translation>
    </message>
    <message>
        <source>the review is already in %1</source>
        <translation>レビューは既に %1 で書かれています</translation>
    </message>
    <message>
        <source>its front matter does not read; fix it before translating</source>
        <translation>フロントマターを読み込めません。翻訳する前に修正してください</translation>
    </message>
    <message>
        <source>unknown layout &quot;%1&quot;</source>
        <translation>「%1」は不明なレイアウトです</translation>
    </message>
    <message>
        <source>Localize the section headings</source>
        <translation>セクション見出しのローカライズ</translation>
    </message>
    <message>
        <source>cannot set %1: %2</source>
        <translation>%1 を設定できません: %2</translation>
    </message>
    <message>
        <source>the title &quot;%1&quot; does not end with &quot;%2&quot;; translate it by hand</source>
        <translation>タイトル「%1」が「%2」で終わっていません。手作業で翻訳してください</translation>
    </message>
    <message>
        <source>the price %1 is still in %2: set it in %3</source>
        <translation>価格 %1 は %2 のままです。%3 で設定してください</translation>
    </message>
    <message>
        <source>%1 is not inside a site (no _products or _companies folder above it)</source>
        <translation>%1 はサイト内にありません (上位に _products または _companies フォルダーがありません)</translation>
    </message>
    <message>
        <source>%1: not where the site&apos;s layouts put reviews, or without a ref</source>
        <translation>%1: サイトのレイアウトがレビューを置く場所にないか、ref がありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; Rubric never overwrites a translation</source>
        <translation>%1 は既に存在します。Rubric は翻訳を上書きしません</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
    <message>
        <source>%1: its ref &quot;%2&quot; is not a plain file name (no /, \ or ..); fix it before translating</source>
        <translation>%1: ref「%2」は単純なファイル名ではありません (/、\、.. は使えません)。翻訳する前に修正してください</translation>
    </message>
    <message>
        <source>%1: its translation %2 would lie outside the site %3</source>
        <translation>%1: 翻訳 %2 がサイト %3 の外に置かれることになります</translation>
    </message>
</context>
<context>
    <name>Rubric::TranslationPanel</name>
    <message>
        <source>Previous Unfinished</source>
        <translation>前の未完了項目</translation>
    </message>
    <message>
        <source>Next Unfinished</source>
        <translation>次の未完了項目</translation>
    </message>
    <message>
        <source>Copy Source</source>
        <translation>原文をコピー</translation>
    </message>
    <message>
        <source>Done and Next</source>
        <translation>完了して次へ</translation>
    </message>
    <message>
        <source>The translation&apos;s rating differs from the source&apos;s.</source>
        <translation>翻訳の評価が原文と異なります。</translation>
    </message>
    <message>
        <source>Apply the Source&apos;s Rating</source>
        <translation>原文の評価を適用</translation>
    </message>
    <message>
        <source>The source&apos;s text of the selected item</source>
        <translation>選択した項目の原文のテキスト</translation>
    </message>
    <message>
        <source>The translation&apos;s text (edit it in the translation&apos;s tab)</source>
        <translation>翻訳のテキスト (翻訳のタブで編集します)</translation>
    </message>
    <message>
        <source>Every item is translated.</source>
        <translation>すべての項目が翻訳済みです。</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n item(s) to do</source>
        <translation>
            <numerusform>%1 — 残り %n 項目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rubric::TranslationRecord</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ファイルを読み込めません: %2</translation>
    </message>
    <message>
        <source>1: the translation record is not a mapping</source>
        <translation>1: 翻訳記録がマッピングではありません</translation>
    </message>
    <message>
        <source>%1: written by a newer Rubric (format %2)</source>
        <translation>%1: 新しいバージョンの Rubric で書き込まれています (形式 %2)</translation>
    </message>
    <message>
        <source>%1: &quot;translations&quot; is not a mapping</source>
        <translation>%1: &quot;translations&quot; がマッピングではありません</translation>
    </message>
    <message>
        <source>%1: the entry of %2 is not a mapping of source, sections and fields</source>
        <translation>%1: %2 のエントリーが source, sections, fields のマッピングになっていません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot remove the empty translation record</source>
        <translation>%1: 空の翻訳記録を削除できません</translation>
    </message>
    <message>
        <source>%1: the translation record would not read back (%2)</source>
        <translation>%1: 翻訳記録を書き込んでも正しく読み戻せません (%2)</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: ファイルに書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Rubric::TranslationSectionsModel</name>
    <message>
        <source>Section</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>no such item</source>
        <translation>そのような項目はありません</translation>
    </message>
    <message>
        <source>the source has no section &quot;%1&quot;</source>
        <translation>原文にセクション「%1」がありません</translation>
    </message>
    <message>
        <source>Copy the source of %1</source>
        <translation>%1 の原文のコピー</translation>
    </message>
    <message>
        <source>the translation is not inside a site; there is no translation record to write</source>
        <translation>翻訳がサイト内にないため、書き込む翻訳記録がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still the source&apos;s text: translate it before marking it done</source>
        <translation>「%1」はまだ原文のままです。完了にする前に翻訳してください</translation>
    </message>
</context>
<context>
    <name>Rubric::TranslationStatus</name>
    <message>
        <source>missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>未翻訳</translation>
    </message>
    <message>
        <source>outdated</source>
        <translation>要更新</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>Rubric::Validator</name>
    <message>
        <source>the section &quot;## %1&quot; is missing</source>
        <translation>セクション「## %1」がありません</translation>
    </message>
    <message>
        <source>the heading must read &quot;## %1&quot;, not &quot;## %2&quot;</source>
        <translation>見出しは「## %2」ではなく「## %1」にしてください</translation>
    </message>
    <message>
        <source>&quot;## %1&quot; must come after &quot;## %2&quot;</source>
        <translation>「## %1」は「## %2」の後に置いてください</translation>
    </message>
    <message>
        <source>&quot;## %1&quot; must start with its score line $$ \Large \text{%2} $$</source>
        <translation>「## %1」はスコア行 $$ \Large \text{%2} $$ で始めてください</translation>
    </message>
    <message>
        <source>the score line says %1 but the rating gives %2 %3</source>
        <translation>スコア行は %1 ですが、評価では %2 は %3 です</translation>
    </message>
    <message>
        <source>&quot;## %1&quot; shows the total %2 but the rating&apos;s total is %3</source>
        <translation>「## %1」に合計 %2 が表示されていますが、評価の合計は %3 です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; outside a score line: the site shows it as math or drops it</source>
        <translation>スコア行の外に「%1」があります。サイトでは数式として表示されるか、削除されます</translation>
    </message>
    <message>
        <source>the site does not allow &quot;%1&quot;</source>
        <translation>サイトでは「%1」は使用できません</translation>
    </message>
    <message>
        <source>a %1 review quotes the price &quot;%2&quot; in another currency</source>
        <translation>%1 のレビューに他の通貨の価格「%2」が記載されています</translation>
    </message>
    <message>
        <source>the body must end with the review date, e.g. (%1)</source>
        <translation>本文はレビューの日付で終える必要があります (例: (%1))</translation>
    </message>
    <message>
        <source>the end date %1 differs from the date field %2</source>
        <translation>末尾の日付 %1 が date フィールドの %2 と異なります</translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation>必須フィールド「%1」がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a single non-negative number, not %2</source>
        <translation>「%1」には 0 以上の数値を 1 つだけ指定してください (%2 は無効です)</translation>
    </message>
    <message>
        <source>the date must be written YYYY-MM-DD, not %1</source>
        <translation>日付は YYYY-MM-DD 形式で書いてください (%1 は無効です)</translation>
    </message>
    <message>
        <source>the date %1 is before %2, the site&apos;s first review</source>
        <translation>日付 %1 は、サイトの最初のレビューの日付 %2 より前です</translation>
    </message>
    <message>
        <source>the date %1 is in the future</source>
        <translation>日付 %1 は未来の日付です</translation>
    </message>
    <message>
        <source>the title &quot;%1&quot; does not begin with the target name &quot;%2&quot;</source>
        <translation>タイトル「%1」が対象名「%2」で始まっていません</translation>
    </message>
    <message>
        <source>the rating must be [total, then %1 axes]: %2 values, not %3</source>
        <translation>評価は [合計、続いて %1 個の評価軸] の形式で、値は %3 個ではなく %2 個必要です</translation>
    </message>
    <message>
        <source>the total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>%1 in the rating is not a number: %2</source>
        <translation>評価の %1 が数値ではありません: %2</translation>
    </message>
    <message>
        <source>%1 in the rating, %2, is not a multiple of 0.1</source>
        <translation>評価の %1 の値 %2 が 0.1 の倍数ではありません</translation>
    </message>
    <message>
        <source>%1 is %2; an axis is between 0.0 and 1.0</source>
        <translation>%1 が %2 です。評価軸の値は 0.0 から 1.0 の範囲です</translation>
    </message>
    <message>
        <source>the total is %1 but the axes add up to %2</source>
        <translation>合計が %1 ですが、評価軸の合計は %2 です</translation>
    </message>
    <message>
        <source>the layout &quot;%1&quot; is not one of: %2</source>
        <translation>レイアウト「%1」は次のいずれでもありません: %2</translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is not one of: %2</source>
        <translation>言語「%1」は次のいずれでもありません: %2</translation>
    </message>
    <message>
        <source>a %1 review belongs in %2/, not %3/</source>
        <translation>%1 のレビューは %3/ ではなく %2/ に置いてください</translation>
    </message>
    <message>
        <source>lang is &quot;%1&quot; but the file is in the language folder &quot;%2&quot;</source>
        <translation>lang は「%1」ですが、ファイルは言語フォルダー「%2」にあります</translation>
    </message>
    <message>
        <source>the ref &quot;%1&quot; must be lowercase ASCII without spaces</source>
        <translation>ref「%1」はスペースを含まない小文字の ASCII にしてください</translation>
    </message>
    <message>
        <source>the permalink must be %1</source>
        <translation>パーマリンクは %1 にしてください</translation>
    </message>
    <message>
        <source>the file name &quot;%1&quot; is not lowercase; it should be %2.md</source>
        <translation>ファイル名「%1」が小文字ではありません。%2.md にしてください</translation>
    </message>
    <message>
        <source>the file name &quot;%1&quot; is not the ref &quot;%2&quot;</source>
        <translation>ファイル名「%1」が ref「%2」と一致しません</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>ファイルを読み込めません</translation>
    </message>
    <message>
        <source>the file is too large to be a review</source>
        <translation>ファイルが大きすぎるため、レビューとして扱えません</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>ファイルが有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>the front matter expands to too many values</source>
        <translation>フロントマターを展開すると値が多くなりすぎます</translation>
    </message>
    <message>
        <source>the file does not start with ---</source>
        <translation>ファイルが --- で始まっていません</translation>
    </message>
    <message>
        <source>the front matter is not closed</source>
        <translation>フロントマターが閉じられていません</translation>
    </message>
    <message>
        <source>the front matter does not parse</source>
        <translation>フロントマターを解析できません</translation>
    </message>
    <message>
        <source>the front matter is not key: value lines</source>
        <translation>フロントマターが key: value 形式の行になっていません</translation>
    </message>
    <message>
        <source>a key is given twice</source>
        <translation>キーが重複しています</translation>
    </message>
    <message>
        <source>a required field is missing</source>
        <translation>必須フィールドがありません</translation>
    </message>
    <message>
        <source>the price is not a single non-negative number</source>
        <translation>価格が 0 以上の単一の数値ではありません</translation>
    </message>
    <message>
        <source>the rating does not have a total and one value per axis</source>
        <translation>評価に合計と評価軸ごとの値がそろっていません</translation>
    </message>
    <message>
        <source>a rating value is not a number</source>
        <translation>評価の値が数値ではありません</translation>
    </message>
    <message>
        <source>an axis is outside 0.0 to 1.0</source>
        <translation>評価軸の値が 0.0 から 1.0 の範囲外です</translation>
    </message>
    <message>
        <source>a rating value is not a multiple of 0.1</source>
        <translation>評価の値が 0.1 の倍数ではありません</translation>
    </message>
    <message>
        <source>the total is not the sum of the axes</source>
        <translation>合計が評価軸の合計と一致しません</translation>
    </message>
    <message>
        <source>the layout is not one of the schema&apos;s</source>
        <translation>レイアウトがスキーマで定義されたものではありません</translation>
    </message>
    <message>
        <source>the file is not in its layout&apos;s folder</source>
        <translation>ファイルがレイアウトのフォルダーにありません</translation>
    </message>
    <message>
        <source>the language is not one of the schema&apos;s</source>
        <translation>言語がスキーマで定義されたものではありません</translation>
    </message>
    <message>
        <source>the language is not the language folder</source>
        <translation>言語が言語フォルダーと一致しません</translation>
    </message>
    <message>
        <source>the date is not written YYYY-MM-DD</source>
        <translation>日付が YYYY-MM-DD 形式で書かれていません</translation>
    </message>
    <message>
        <source>the date is before the site&apos;s first review</source>
        <translation>日付がサイトの最初のレビューより前です</translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation>日付が未来の日付です</translation>
    </message>
    <message>
        <source>the body does not end with the review date</source>
        <translation>本文がレビューの日付で終わっていません</translation>
    </message>
    <message>
        <source>the end date differs from the date field</source>
        <translation>末尾の日付が date フィールドと異なります</translation>
    </message>
    <message>
        <source>the permalink is not /&lt;layout&gt;/&lt;lang&gt;/&lt;ref&gt;/</source>
        <translation>パーマリンクが /&lt;layout&gt;/&lt;lang&gt;/&lt;ref&gt;/ ではありません</translation>
    </message>
    <message>
        <source>the ref is not lowercase ASCII without spaces</source>
        <translation>ref がスペースを含まない小文字の ASCII ではありません</translation>
    </message>
    <message>
        <source>the file name is the ref but not lowercase</source>
        <translation>ファイル名は ref と一致していますが、小文字ではありません</translation>
    </message>
    <message>
        <source>the file name is not the ref</source>
        <translation>ファイル名が ref と一致しません</translation>
    </message>
    <message>
        <source>the title does not begin with the target name</source>
        <translation>タイトルが対象名で始まっていません</translation>
    </message>
    <message>
        <source>a required section is missing</source>
        <translation>必須セクションがありません</translation>
    </message>
    <message>
        <source>a section heading is not written exactly</source>
        <translation>セクションの見出しが正確に書かれていません</translation>
    </message>
    <message>
        <source>the required sections are out of order</source>
        <translation>必須セクションの順序が正しくありません</translation>
    </message>
    <message>
        <source>an axis section does not start with its score line</source>
        <translation>評価軸のセクションがスコア行で始まっていません</translation>
    </message>
    <message>
        <source>a score line differs from the rating</source>
        <translation>スコア行が評価と異なります</translation>
    </message>
    <message>
        <source>the total shown in the body differs from the rating</source>
        <translation>本文に表示された合計が評価と異なります</translation>
    </message>
    <message>
        <source>the body has $ or \ outside the score lines</source>
        <translation>本文のスコア行の外に $ または \ があります</translation>
    </message>
    <message>
        <source>the body uses a term the site forbids</source>
        <translation>本文にサイトで禁止されている語句が使われています</translation>
    </message>
    <message>
        <source>the review quotes a price in another language&apos;s currency</source>
        <translation>レビューに他の言語の通貨での価格が記載されています</translation>
    </message>
    <message>
        <source>the review has no translation</source>
        <translation>レビューに翻訳がありません</translation>
    </message>
    <message>
        <source>the translation is found by ref only, at another path</source>
        <translation>翻訳が ref でのみ見つかり、別のパスにあります</translation>
    </message>
    <message>
        <source>the two languages&apos; ratings differ</source>
        <translation>2 つの言語の評価が異なります</translation>
    </message>
    <message>
        <source>the two languages&apos; prices are not consistent</source>
        <translation>2 つの言語の価格が整合していません</translation>
    </message>
    <message>
        <source>another review in the same language has this ref</source>
        <translation>同じ言語の別のレビューがこの ref を使っています</translation>
    </message>
    <message>
        <source>a prose line with &quot;|&quot; becomes a table on the site</source>
        <translation>&quot;|&quot; を含む文章の行はサイトでは表になります</translation>
    </message>
    <message>
        <source>a &quot;1)&quot; list becomes one paragraph on the site</source>
        <translation>&quot;1)&quot; 形式のリストはサイトでは 1 つの段落になります</translation>
    </message>
    <message>
        <source>underscores in a bare URL become italics on the site</source>
        <translation>そのまま書かれた URL 内のアンダースコアはサイトでは斜体になります</translation>
    </message>
    <message>
        <source>bold next to full-width punctuation is bold on the site only</source>
        <translation>全角の句読点に隣接する太字はサイトでのみ太字になります</translation>
    </message>
    <message>
        <source>the path is not a regular file</source>
        <translation>パスが通常のファイルではありません</translation>
    </message>
    <message>
        <source>the file holds NUL bytes: not text</source>
        <translation>ファイルに NUL バイトが含まれています: テキストではありません</translation>
    </message>
    <message>
        <source>the front matter is nested too deeply</source>
        <translation>フロントマターの入れ子が深すぎます</translation>
    </message>
    <message>
        <source>the closing &quot;---&quot; is glued to the next line</source>
        <translation>閉じる &quot;---&quot; の行に次の行がつながっています</translation>
    </message>
</context>
<context>
    <name>Rubric::Workspace</name>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: 読み込めません</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: %2 行目: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened</source>
        <translation>%1 は開いた後にディスク上で変更されています</translation>
    </message>
    <message>
        <source>%1 is open in another tab; close it first</source>
        <translation>%1 は別のタブで開かれています。先に閉じてください</translation>
    </message>
    <message>
        <source>%1: the file is too large to be a review</source>
        <translation>%1: ファイルが大きすぎるため、レビューとして扱えません</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>ディスクから再読み込み</translation>
    </message>
</context>
<context>
    <name>Rubric::Xliff</name>
    <message>
        <source>line %1: XLIFF version %2; Rubric reads XLIFF 1.2</source>
        <translation>%1 行目: XLIFF バージョン %2 です。Rubric が読み込めるのは XLIFF 1.2 です</translation>
    </message>
    <message>
        <source>line %1: a trans-unit outside a file</source>
        <translation>%1 行目: file の外側に trans-unit があります</translation>
    </message>
    <message>
        <source>line %1: &lt;%2&gt; outside a trans-unit</source>
        <translation>%1 行目: trans-unit の外側に &lt;%2&gt; があります</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1 行目、%2 列目: %3</translation>
    </message>
    <message>
        <source>not an XLIFF document (no &lt;xliff&gt; element)</source>
        <translation>XLIFF ドキュメントではありません (&lt;xliff&gt; 要素がありません)</translation>
    </message>
</context>
<context>
    <name>Rubric::XliffExchange</name>
    <message>
        <source>Front matter</source>
        <translation>フロントマター</translation>
    </message>
    <message>
        <source>%1 is not inside a site (no _products or _companies folder above it)</source>
        <translation>%1 はサイト内にありません (上位に _products または _companies フォルダーがありません)</translation>
    </message>
    <message>
        <source>%1: cannot translate from %2 into &quot;%3&quot;</source>
        <translation>%1: %2 から「%3」には翻訳できません</translation>
    </message>
    <message>
        <source>%1: not where the site&apos;s layouts put reviews, or without a ref</source>
        <translation>%1: サイトのレイアウトがレビューを置く場所にないか、ref がありません</translation>
    </message>
    <message>
        <source>%1: the unit&apos;s inline codes differ from the source&apos;s; check its Markdown</source>
        <translation>%1: ユニットのインラインコードが原文と異なります。Markdown を確認してください</translation>
    </message>
    <message>
        <source>%1: not a tag of the review; skipped</source>
        <translation>%1: レビューのタグではありません。スキップしました</translation>
    </message>
    <message>
        <source>%1: not a translatable field; skipped</source>
        <translation>%1: 翻訳可能なフィールドではありません。スキップしました</translation>
    </message>
    <message>
        <source>%1: the translation has no such paragraph; skipped</source>
        <translation>%1: 翻訳にそのような段落がありません。スキップしました</translation>
    </message>
    <message>
        <source>%1: the translation has fewer tags; skipped</source>
        <translation>%1: 翻訳のタグの数が少なくなっています。スキップしました</translation>
    </message>
    <message>
        <source>Import the translation</source>
        <translation>翻訳のインポート</translation>
    </message>
    <message>
        <source>Import the translated text</source>
        <translation>翻訳済みテキストのインポート</translation>
    </message>
    <message>
        <source>%1: %2; skipped</source>
        <translation>%1: %2。スキップしました</translation>
    </message>
    <message>
        <source>the XLIFF file names no site or no review (rubric:site, original, rubric:target); give the site folder</source>
        <translation>XLIFF ファイルにサイトまたはレビューの指定がありません (rubric:site, original, rubric:target)。サイトのフォルダーを指定してください</translation>
    </message>
    <message>
        <source>the translation was created as %1, not %2 as the XLIFF file says</source>
        <translation>翻訳は %1 として作成されましたが、XLIFF ファイルでは %2 となっています</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the translation&apos;s text changed since the export; skipped (export it again)</source>
        <translation>%1: 書き出し後に翻訳のテキストが変更されています。スキップしました (もう一度書き出してください)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <source>the XLIFF file</source>
        <translation>XLIFF ファイル</translation>
    </message>
    <message>
        <source>the site folder %1 does not exist</source>
        <translation>サイトのフォルダー %1 が存在しません</translation>
    </message>
    <message>
        <source>original=&quot;%1&quot; is not a review inside the site %2</source>
        <translation>original=&quot;%1&quot; はサイト %2 内のレビューではありません</translation>
    </message>
    <message>
        <source>target-language=&quot;%1&quot;: %2 cannot be translated into it</source>
        <translation>target-language=&quot;%1&quot;: %2 をこの言語に翻訳することはできません</translation>
    </message>
    <message>
        <source>%1 is not where the site&apos;s layouts put reviews, or has no plain ref</source>
        <translation>%1 はサイトのレイアウトがレビューを置く場所にないか、単純な ref がありません</translation>
    </message>
    <message>
        <source>rubric:target=&quot;%1&quot; is not the %2 translation of %3, which is %4</source>
        <translation>rubric:target=&quot;%1&quot; は %3 の %2 訳ではありません (正しくは %4)</translation>
    </message>
    <message>
        <source>%1 lies outside the site %2</source>
        <translation>%1 はサイト %2 の外にあります</translation>
    </message>
    <message>
        <source>%1 has lang &quot;%2&quot;, not the XLIFF file&apos;s target-language &quot;%3&quot;</source>
        <translation>%1 の lang は「%2」で、XLIFF ファイルの target-language「%3」ではありません</translation>
    </message>
</context>
</TS>
