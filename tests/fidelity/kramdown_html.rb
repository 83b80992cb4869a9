# The site's rendering of review bodies: Jekyll strips the front matter and hands the
# body to kramdown with Jekyll's default options (GFM input, hard_wrap off, auto ids,
# smart quotes, MathJax). One process for all files: file paths (relative to ROOT) on
# stdin, one per line; for each, "\x1c<path>\n<html>" on stdout.
#   ruby kramdown_html.rb ROOT < paths
require 'kramdown'
require 'kramdown-parser-gfm'

OPTIONS = {
  input: 'GFM',
  hard_wrap: false,
  auto_ids: true,
  footnote_nr: 1,
  entity_output: 'as_char',
  toc_levels: (1..6).to_a,
  smart_quotes: 'lsquo,rsquo,ldquo,rdquo',
  math_engine: 'mathjax',
  syntax_highlighter: nil,
  show_warnings: false,
}.freeze

# Jekyll's front-matter pattern (Jekyll::Document::YAML_FRONT_MATTER_REGEXP).
FRONT_MATTER = /\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)/m

root = ARGV.fetch(0)
$stdout.binmode
$stdin.each_line do |line|
  path = line.chomp
  next if path.empty?
  text = File.read(File.join(root, path), encoding: 'UTF-8')
  body = (match = FRONT_MATTER.match(text)) ? match.post_match : text
  html = Kramdown::Document.new(body, OPTIONS).to_html
  $stdout.write("\x1c#{path}\n#{html}")
end
