"""Loading a corpus: formats, header, manifest, encodings, bad files, ids, determinism, speed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.corpus import decode_bytes, load_corpus
from checker.errors import CheckerError
from checker.rules import Rules

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
PERSIAN = "پوتین روز پنجشنبه با وزیر خارجه سوریه در مسکو دیدار کرد و گفت که روابط دو کشور گسترش می‌یابد.\n"
ARABIC = "التقى الرئيس الروسي نظيره السوري في الكرملين وقال إن العلاقات بين البلدين تتطور.\n"
# Persian as old cp1256 archives hold it: Arabic ي and ك (cp1256 has no Persian ی).
PERSIAN_CP1256 = "اين گزارش را خبرگزاري ايرنا منتشر كرده است و وزير خارجه در اين ديدار شركت داشت.\n"


@pytest.fixture
def rules(loader_rules: Rules) -> Rules:
    return loader_rules


def load(paths, rules, **kw):
    return load_corpus([str(p) for p in paths], rules=rules, **kw)


def seed(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


# --- .txt and its "date" header -------------------------------------------------------------


def test_seed_000_header_gives_published_and_is_boilerplate(rules):
    [art], diags = load([seed("000")], rules)
    assert diags == []
    assert art.published == "2025-10-15" and art.published_source == "header"
    assert art.text == seed("000").read_text(encoding="utf-8")
    start, end = art.boilerplate[0]
    assert start == 0 and art.text[start:end].strip() == "date 2025-10-15"
    assert art.text[end:].startswith("به گزارش")
    assert art.language == "fa" and art.language_source == "detected"


@pytest.mark.parametrize("prefix", ["002", "003", "004"])
def test_seeds_without_header_have_no_published(rules, prefix):
    [art], _ = load([seed(prefix)], rules)
    assert art.published is None and art.published_source is None
    assert all(not art.text[a:b].lstrip().startswith("date ") for a, b in art.boilerplate)


def test_header_on_its_own_line_keeps_the_newline_as_text(rules, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("date 2024-12-08\n" + PERSIAN, encoding="utf-8")
    [art], _ = load([path], rules)
    assert art.published == "2024-12-08"
    assert art.boilerplate[0] == (0, len("date 2024-12-08"))


def test_invalid_header_date_is_w207_without_published(rules, tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text(" date 2025-13-45 " + PERSIAN, encoding="utf-8")
    [art], diags = load([path], rules)
    assert art.published is None
    assert [d.code for d in diags] == ["W207"]
    assert diags[0].path == str(path) and "2025-13-45" in diags[0].message
    assert art.boilerplate[0] == (0, len(" date 2025-13-45 "))


def test_text_is_kept_exactly_crlf_included(rules, tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes((PERSIAN.strip() + "\r\n" + PERSIAN.strip() + "\r\nShare this\r\n").encode("utf-8"))
    [art], _ = load([path], rules)
    assert art.text == path.read_bytes().decode("utf-8")
    assert [art.text[a:b].strip() for a, b in art.boilerplate] == ["Share this"]


# --- .md, .json, .jsonl ---------------------------------------------------------------------------


def test_markdown_front_matter(rules, tmp_path):
    path = tmp_path / "story.md"
    body = "# دیدار در مسکو\n\n" + PERSIAN
    front = (
        "title: دیدار\noutlet: ایرنا\nurl: https://example.org/a\n"
        "published: 2025-10-15\nlanguage: fa\nid: irna-1\n"
    )
    path.write_text(f"---\n{front}---\n{body}", encoding="utf-8")
    [art], diags = load([path], rules)
    assert diags == []
    assert (art.id, art.title, art.outlet, art.url) == ("irna-1", "دیدار", "ایرنا", "https://example.org/a")
    assert art.published == "2025-10-15" and art.published_source == "metadata"
    assert art.language_source == "metadata"
    assert art.text == body


def test_markdown_bad_field_is_w106_and_dropped(rules, tmp_path):
    path = tmp_path / "story.md"
    path.write_text("---\nurl: not a url\noutlet: IRNA\n---\n" + PERSIAN, encoding="utf-8")
    [art], diags = load([path], rules)
    assert art.url is None and art.outlet == "IRNA"
    assert [d.code for d in diags] == ["W106"]
    assert "'url'" in diags[0].message and "fix:" in diags[0].message and diags[0].article == "story"


def test_markdown_without_front_matter_is_plain_text(rules, tmp_path):
    path = tmp_path / "plain.md"
    path.write_text(PERSIAN, encoding="utf-8")
    [art], _ = load([path], rules)
    assert art.text == PERSIAN and art.id == "plain"


def test_json_article(rules, tmp_path):
    path = tmp_path / "one.json"
    obj = {"id": "aa-1", "text": ARABIC, "outlet": "SANA", "published": "2025-10-15T09:30:00Z", "author": "x"}
    path.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    [art], diags = load([path], rules)
    assert diags == []
    assert (art.id, art.text, art.outlet, art.published) == ("aa-1", ARABIC, "SANA", "2025-10-15")
    assert art.language == "ar"


def test_json_syntax_error_is_w105_with_line(rules, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "text": "x",\n  oops\n}', encoding="utf-8")
    articles, diags = load([path], rules)
    assert articles == []
    assert [(d.code, d.path, d.line) for d in diags] == [("W105", str(path), 3)]


def test_jsonl_malformed_line_names_file_and_line(rules, tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": PERSIAN, "outlet": "IRNA"}, ensure_ascii=False),
        '{"text": "unterminated',
        json.dumps({"id": "x-3", "text": ARABIC, "language": "ar"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, diags = load([path], rules)
    assert [(d.code, d.path, d.line) for d in diags] == [("W105", str(path), 2)]
    assert "line 2" in diags[0].message
    assert [(a.id, a.line) for a in articles] == [("batch-1", 1), ("x-3", 3)]
    assert articles[0].outlet == "IRNA" and articles[1].language_source == "metadata"


def test_front_matter_yaml_rejects_is_read_line_by_line_with_w106(rules, tmp_path):
    """A title that holds a colon and quotes is no valid YAML; each line is still 'field: value',
    so the fields are kept and a warning says how to write them (in a .txt and a .md alike)."""
    head = '---\ntitle: البيت الأبيض: صفقة "نيبون ستيل" تستحق تدقيقا\noutlet: أرقام\npublished: 2023-12-22\nlanguage: ar\n---\n'
    for name in ("story.txt", "story.md"):
        path = tmp_path / name
        path.write_text(head + "نص الخبر هنا عن الصفقة.\n", encoding="utf-8")
        [art], diags = load([path], rules)
        assert art.published == "2023-12-22" and art.title.startswith("البيت الأبيض: صفقة")
        assert art.text == "نص الخبر هنا عن الصفقة.\n"
        assert [d.code for d in diags] == ["W106"] and "read as 'field: value'" in diags[0].message


def test_front_matter_that_is_no_fields_is_still_ignored_with_w106(rules, tmp_path):
    path = tmp_path / "story.md"
    path.write_text("---\ntitle: [unclosed\nthis line is no field\n---\n" + PERSIAN, encoding="utf-8")
    [art], diags = load([path], rules)
    assert art.title is None and [d.code for d in diags] == ["W106"] and "ignored" in diags[0].message


def test_jsonl_object_without_text_is_skipped_with_w106(rules, tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"title": "no text"}\n{"text": 5}\n', encoding="utf-8")
    articles, diags = load([path], rules)
    assert articles == []
    assert [(d.code, d.line) for d in diags] == [("W106", 1), ("W106", 2)]


def test_invalid_metadata_values_are_dropped(rules, tmp_path):
    path = tmp_path / "batch.jsonl"
    obj = {"id": "a:b", "text": PERSIAN, "published": "2025-13-45", "language": "de", "title": None}
    path.write_text(json.dumps(obj, ensure_ascii=False) + "\n", encoding="utf-8")
    [art], diags = load([path], rules)
    assert art.id == "batch-1" and art.published is None and art.language == "fa"
    fields = sorted(d.message.split("'")[1] for d in diags)
    assert fields == ["id", "language", "published"] and {d.code for d in diags} == {"W106"}


# --- manifest -------------------------------------------------------------------------------------


def write_corpus(tmp_path: Path) -> Path:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(PERSIAN, encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(" date 2025-01-02 " + ARABIC, encoding="utf-8")
    return tmp_path


def test_manifest_gives_metadata_and_is_not_an_article(rules, tmp_path):
    root = write_corpus(tmp_path)
    manifest = {
        "articles": {
            "a.txt": {"id": "tabnak", "outlet": "Tabnak", "published": "2025-10-15", "language": "fa"},
            "sub/b.txt": {"outlet": "SANA", "published": "2025-10-16"},
        }
    }
    (root / "corpus.yaml").write_text(json.dumps(manifest), encoding="utf-8")
    articles, diags = load([root], rules)
    assert diags == []
    assert [(a.id, a.outlet, a.published) for a in articles] == [
        ("b", "SANA", "2025-10-16"),
        ("tabnak", "Tabnak", "2025-10-15"),
    ]
    # The manifest's date wins over the header; the header is still boilerplate.
    assert articles[0].published_source == "metadata" and articles[0].boilerplate[0][0] == 0


def test_manifest_named_explicitly_loads_its_files(rules, tmp_path):
    root = write_corpus(tmp_path)
    (root / "corpus.json").write_text('{"articles": {"a.txt": {"outlet": "X"}}}', encoding="utf-8")
    [art], _ = load([root / "corpus.json"], rules)
    assert art.id == "a" and art.outlet == "X"


@pytest.mark.parametrize(
    "manifest",
    [
        "articles: [a.txt]",
        "articles: {a.txt: &x {outlet: X}, sub/b.txt: *x}",
        "articles: {a.txt: {published: 2025-13-45}}",
        "articles: {a.txt: {url: ftp}}",
        "articles: {../a.txt: {}}",
        "files: {}",
        "articles: {a.txt: {outlet: X}\n  bad: [",
    ],
)
def test_invalid_manifest_raises_e007(rules, tmp_path, manifest):
    root = write_corpus(tmp_path)
    (root / "corpus.yaml").write_text(manifest, encoding="utf-8")
    with pytest.raises(CheckerError) as info:
        load([root], rules)
    assert info.value.code == "E007" and info.value.path == str(root / "corpus.yaml") and info.value.hint


def test_manifest_entry_for_a_missing_file_is_a_diagnostic_not_a_stop(rules, tmp_path):
    root = write_corpus(tmp_path)
    (root / "corpus.yaml").write_text("articles: {missing.txt: {outlet: X}, a.txt: {outlet: Y}}", "utf-8")
    articles, diags = load([root], rules)
    assert {a.id: a.outlet for a in articles} == {"a": "Y", "b": None}
    assert [(d.code, d.path) for d in diags] == [("W113", str(root / "corpus.yaml"))]
    assert "missing.txt" in diags[0].message


def test_two_manifests_in_one_directory_raise_e007(rules, tmp_path):
    root = write_corpus(tmp_path)
    (root / "corpus.json").write_text('{"articles": {}}', encoding="utf-8")
    (root / "corpus.yaml").write_text("articles: {}", encoding="utf-8")
    with pytest.raises(CheckerError, match="E007"):
        load([root], rules)


# --- walking, ids, order ----------------------------------------------------------------------


def test_directory_walk_skips_hidden_and_unsupported(rules, tmp_path):
    write_corpus(tmp_path)
    (tmp_path / ".hidden.txt").write_text(PERSIAN, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "c.txt").write_text(PERSIAN, encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    articles, diags = load([tmp_path], rules)
    assert [a.id for a in articles] == ["a", "b"] and diags == []


def test_unsupported_file_named_explicitly_is_w109(rules, tmp_path):
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK\x03\x04")
    articles, diags = load([path], rules)
    assert articles == [] and [(d.code, d.path) for d in diags] == [("W109", str(path))]


def test_duplicate_ids_are_renamed_with_w110(rules, tmp_path):
    for name in ("x.md", "y.md", "z.md"):
        (tmp_path / name).write_text("---\nid: same\n---\n" + PERSIAN, encoding="utf-8")
    articles, diags = load([tmp_path], rules)
    assert [(a.id, Path(a.path).name) for a in articles] == [
        ("same", "x.md"),
        ("same~2", "y.md"),
        ("same~3", "z.md"),
    ]
    assert [(d.code, Path(d.path).name, d.article) for d in diags] == [
        ("W110", "y.md", "same~2"),
        ("W110", "z.md", "same~3"),
    ]


def test_result_does_not_depend_on_argument_order(rules, tmp_path):
    for name in ("b.md", "a.md"):
        (tmp_path / name).write_text("---\nid: same\n---\n" + PERSIAN, encoding="utf-8")
    one = load([tmp_path / "a.md", tmp_path / "b.md"], rules)
    two = load([tmp_path / "b.md", tmp_path / "a.md", tmp_path], rules)
    assert one == two


def test_missing_path_raises_e001(rules, tmp_path):
    with pytest.raises(CheckerError) as info:
        load([tmp_path / "nope"], rules)
    assert info.value.code == "E001" and info.value.path == str(tmp_path / "nope") and info.value.hint


def test_forced_language_and_bad_language(rules):
    articles, _ = load([SEEDS], rules, lang="en")
    assert {(a.language, a.language_source) for a in articles} == {("en", "forced")}
    with pytest.raises(CheckerError, match="E008"):
        load([SEEDS], rules, lang="tr")


def test_no_signal_language_is_w108(rules, tmp_path):
    path = tmp_path / "numbers.txt"
    path.write_text("12 345 — 2025", encoding="utf-8")
    [art], diags = load([path], rules)
    assert art.language is None and [d.code for d in diags] == ["W108"]


# --- encodings and bad files ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (b"\xef\xbb\xbf" + PERSIAN.encode("utf-8"), PERSIAN),
        (PERSIAN.encode("utf-16"), PERSIAN),  # native order with BOM
        (b"\xff\xfe" + ARABIC.encode("utf-16-le"), ARABIC),
        (b"\xfe\xff" + ARABIC.encode("utf-16-be"), ARABIC),
    ],
)
def test_bom_encodings_decode_and_lose_the_bom(rules, tmp_path, payload, expected):
    path = tmp_path / "a.txt"
    path.write_bytes(payload)
    [art], diags = load([path], rules)
    assert art.text == expected and diags == []


@pytest.mark.parametrize(("text", "lang"), [(PERSIAN_CP1256, "fa"), (ARABIC, "ar")])
def test_cp1256_is_decoded_with_w104(rules, tmp_path, text, lang):
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode("cp1256"))
    [art], diags = load([path], rules)
    assert art.text == text and art.language == lang
    assert [(d.code, d.path) for d in diags] == [("W104", str(path))] and "UTF-8" in diags[0].message


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        (b"", "W101"),
        (b" \n\t\r\n", "W101"),
        (b"\xef\xbb\xbf  \n", "W101"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "W102"),
        (bytes(range(1, 32)) * 4 + b"abc", "W102"),
        ("café crème brûlée".encode("latin-1"), "W103"),
        (b"\xef\xbb\xbf\xff\xfe abc", "W103"),
    ],
)
def test_bad_files_are_reported_not_raised(rules, tmp_path, payload, code):
    path = tmp_path / "bad.txt"
    path.write_bytes(payload)
    articles, diags = load([path], rules)
    assert articles == []
    assert [(d.code, d.path) for d in diags] == [(code, str(path))]
    assert "fix:" in diags[0].message and "\n" not in diags[0].message


def test_boilerplate_only_file_is_w107_but_returned(rules, tmp_path):
    path = tmp_path / "widgets.txt"
    path.write_text("جهان, خاورمیانه\nموضوعات مرتبط\nBu haberi paylaşın\n", encoding="utf-8")
    [art], diags = load([path], rules, lang="fa")
    assert [d.code for d in diags] == ["W107"] and diags[0].path == str(path)
    assert len(art.boilerplate) == 3


def test_header_only_file_is_w107(rules, tmp_path):
    path = tmp_path / "header.txt"
    path.write_text(" date 2025-10-15 \n", encoding="utf-8")
    [art], diags = load([path], rules, lang="fa")
    assert art.published == "2025-10-15" and [d.code for d in diags] == ["W107"]


def test_mixed_bad_corpus_every_diagnostic_names_its_file(rules, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02text")
    (tmp_path / "old.txt").write_bytes(ARABIC.encode("cp1256"))
    (tmp_path / "lines.jsonl").write_text('{"text": "x"\n', encoding="utf-8")
    (tmp_path / "good.txt").write_text(PERSIAN, encoding="utf-8")
    articles, diags = load([tmp_path], rules)
    assert [a.id for a in articles] == ["good", "old"]
    assert [(Path(d.path).name, d.code) for d in diags] == [
        ("bin.txt", "W102"),
        ("empty.txt", "W101"),
        ("lines.jsonl", "W105"),
        ("old.txt", "W104"),
    ]


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("سلامپژگکیةيك ۱۲3\n\r\t.،abc")), min_size=1).filter(str.strip),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom"]),
)
def test_decoding_round_trips(text, codec):
    boms = {"utf-16-le-bom": b"\xff\xfe", "utf-16-be-bom": b"\xfe\xff"}
    data = boms[codec] + text.encode(codec[:9]) if codec in boms else text.encode(codec)
    decoded = decode_bytes(data)
    assert decoded.text == text and decoded.code is None
