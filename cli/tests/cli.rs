//! The command line as a user runs it: formats, errors and exit codes.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn epistemic(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_epistemic"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    // The binary may exit before reading its input (a usage error): a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

/// A scratch file in this run's own directory, removed (and the directory with its last file)
/// when dropped, so that runs leave nothing behind.
struct Tmp(std::path::PathBuf);

impl std::ops::Deref for Tmp {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        &self.0
    }
}

impl AsRef<std::path::Path> for Tmp {
    fn as_ref(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for Tmp {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
        if let Some(dir) = self.0.parent() {
            let _ = std::fs::remove_dir(dir);
        }
    }
}

/// A scratch file `name` holding `data`, in a directory of its own: tests run in parallel, and
/// one directory shared by all had been removed by one test's `Drop` between another's
/// `create_dir_all` and its `write` (NotFound).
fn tmp(name: &str, data: &[u8]) -> Tmp {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("epistemic-cli-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, data).unwrap();
    Tmp(p)
}

#[test]
fn json_has_the_contract_fields_with_byte_offsets() {
    let text = "Café owners said the plan “may” fail.\n\nIt passed.";
    let out = epistemic(&["analyze", "--format", "json"], text.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let s = &v["sentences"];
    assert_eq!(s.as_array().unwrap().len(), 2);
    assert_eq!(s[0]["index"], 0);
    let cue = &s[0]["cues"][0];
    assert_eq!(cue["text"], "may");
    assert_eq!(cue["kind"], "hedge");
    let (a, b) = (
        cue["start"].as_u64().unwrap() as usize,
        cue["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        &text.as_bytes()[a..b],
        b"may",
        "offsets are bytes into the input"
    );
    assert!(s[0]["uncertain"].as_bool().unwrap());
    assert!(s[0]["certainty"].as_f64().unwrap() < s[1]["certainty"].as_f64().unwrap());
    assert!(v["sources"].is_array());
}

#[test]
fn long_json_is_the_reports_serialisation() {
    // Enough sentences for the two-thread writer: its output must be exactly serde_json's.
    let article = include_str!("../../examples/briefing.txt");
    let text = format!("{article}\n\n\n").repeat(300);
    let report = epistemic::Analyzer::new().analyze(&text);
    assert!(report.sentences.len() > 4096);
    let mut expected = serde_json::to_vec(&report).unwrap();
    expected.push(b'\n');
    let out = epistemic(&["analyze", "--format", "json"], text.as_bytes());
    assert!(out.status.success());
    assert!(out.stdout == expected, "the JSON differs from serde_json's");
    let path = tmp("long.txt", text.as_bytes());
    let out = epistemic(
        &["analyze", "--format", "jsonl", path.to_str().unwrap()],
        b"",
    );
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // (Both read back from text: a float read back need not be the float written.)
    let whole: serde_json::Value = serde_json::from_slice(&expected).unwrap();
    assert_eq!(line["path"], path.to_str().unwrap());
    assert!(line["sentences"] == whole["sentences"]);
    assert!(line["sources"] == whole["sources"]);
}

#[test]
fn a_report_written_to_a_file_follows_what_the_file_held() {
    // Standard output as a shell's `>>` leaves it: a file opened for appending, not empty. The
    // report (long enough for many blocks of output) goes after what was there, whole.
    let article = include_str!("../../examples/briefing.txt");
    let text = format!("{article}\n\n\n").repeat(40);
    let input = tmp("appended-input.txt", text.as_bytes());
    let path = tmp("appended.json", b"first line\n");
    let file = std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap();
    let status = Command::new(env!("CARGO_BIN_EXE_epistemic"))
        .args(["analyze", "--format", "json", input.to_str().unwrap()])
        .stdout(Stdio::from(file))
        .status()
        .unwrap();
    assert!(status.success());
    let written = std::fs::read(&path).unwrap();
    let report = written
        .strip_prefix(b"first line\n")
        .expect("what the file held stays");
    let mut expected = serde_json::to_vec(&epistemic::Analyzer::new().analyze(&text)).unwrap();
    expected.push(b'\n');
    assert!(expected.len() > 1 << 18, "several blocks of output");
    assert!(report == expected, "the report differs from serde_json's");
}

#[test]
fn jsonl_writes_one_document_per_file_with_its_path() {
    let a = tmp("a.txt", b"It may rain.");
    let b = tmp("b.txt", b"It rained. It stopped.");
    let out = epistemic(
        &[
            "analyze",
            "--format",
            "jsonl",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
        ],
        b"",
    );
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["path"].as_str().unwrap().ends_with("a.txt"));
    assert_eq!(lines[1]["sentences"].as_array().unwrap().len(), 2);
}

#[test]
fn json_of_several_files_joins_them_as_separate_documents() {
    // (The first file ends mid-sentence, with no line break.)
    let a = tmp(
        "join-a.txt",
        b"The company said sales fell by a tenth in the year",
    );
    let b = tmp(
        "join-b.txt",
        b"Prices may rise. The company said sales rose by a tenth in the year.",
    );
    let out = epistemic(
        &[
            "analyze",
            "--format",
            "json",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
        ],
        b"",
    );
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let sentences = v["sentences"].as_array().unwrap();
    let texts: Vec<&str> = sentences
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "The company said sales fell by a tenth in the year",
            "Prices may rise.",
            "The company said sales rose by a tenth in the year."
        ]
    );
    // Offsets count the two blank lines between the files.
    assert_eq!(
        sentences[1]["start"],
        "The company said sales fell by a tenth in the year".len() + 3
    );
    // "The company" of each file is a source of its own.
    let id = |i: usize| sentences[i]["source"]["id"].as_u64();
    assert!(id(0).is_some() && id(2).is_some() && id(0) != id(2), "{v}");
}

#[test]
fn text_format_marks_cues_without_colour_when_piped() {
    let out = epistemic(&["analyze"], b"The deal will most likely collapse.");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("[most likely]"), "{text}");
    assert!(
        !text.contains('\x1b'),
        "no colour codes when not a terminal"
    );
    let out = epistemic(&["analyze", "--color", "always"], b"It may.");
    assert!(String::from_utf8(out.stdout).unwrap().contains('\x1b'));
    // (No line ends in spaces: a sentence neither uncertain nor anyone's included.)
    let out = epistemic(
        &["analyze"],
        b"The plant closed in May. Officials said it may reopen. The ministry said it was sure.",
    );
    let text = String::from_utf8(out.stdout).unwrap();
    for line in text.lines() {
        assert_eq!(line, line.trim_end(), "{text}");
    }
}

#[test]
fn explain_lists_rejected_candidates_and_origins() {
    let out = epistemic(
        &["analyze", "--format", "json", "--explain"],
        b"The law took effect in May 2024.",
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rejected = &v["sentences"][0]["rejected"][0];
    assert_eq!(rejected["text"], "May");
    // Capitalised mid-sentence is the first condition that rules it out.
    assert_eq!(rejected["reason"], "capitalized");
    let out = epistemic(
        &["analyze", "--format", "json", "--explain"],
        b"May 2024 was warm.",
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["sentences"][0]["rejected"][0]["reason"], "next_word");
    assert!(v["sentences"][0]["rejected"][0]["detail"]
        .as_str()
        .unwrap()
        .contains("2024"));
}

#[test]
fn explain_text_shows_the_derivation() {
    let out = epistemic(&["analyze", "--explain"], b"It may rain.");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("certainty = logistic(logit(0.80) -"),
        "{text}"
    );
    assert!(
        text.contains("[core.lex:"),
        "each cue names its lexicon line: {text}"
    );
}

#[test]
fn invalid_utf8_names_file_and_byte_offset() {
    let p = tmp("bad.txt", b"fine text \xff\xfe more");
    let out = epistemic(&["analyze", p.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("bad.txt") && err.contains("byte offset 10"),
        "{err}"
    );
    let out = epistemic(&["analyze", "-"], b"ok \xc3");
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("-: input is not valid UTF-8 at byte offset 3"));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["analyze", "--format", "xml"][..],
        &["analyze", "--profile", "poetry"],
        &["frobnicate"],
        &["analyze", "--bogus"],
        &["eval"],
        &["learn", "x.jsonl", "--smoothing", "-1"],
        &["learn", "x.jsonl", "--smoothing", "lots"],
        &["learn", "x.jsonl", "--label-threshold", "1.5"],
    ] {
        let out = epistemic(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty());
    }
}

#[test]
fn bad_lexicon_names_file_and_line() {
    let p = tmp(
        "bad.lex",
        b"ok | hedge | modal | 0.2\nnope | hedge | modal | 7\n",
    );
    let out = epistemic(&["analyze", "--lexicon", p.to_str().unwrap()], b"x");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("bad.lex:2: weight 7 is outside [0, 1]"),
        "{err}"
    );
}

#[test]
fn eval_hedge_reports_f1_as_text_and_json() {
    let p = tmp(
        "gold.jsonl",
        b"{\"text\": \"It may rain.\", \"uncertain\": true}\n{\"text\": \"It rained.\", \"uncertain\": false}\n{\"text\": \"Perhaps.\", \"uncertain\": null}\n",
    );
    let out = epistemic(
        &["eval", "hedge", p.to_str().unwrap(), "--format", "json"],
        b"",
    );
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["sentences"], 2);
    assert_eq!(v["f1"], 100.0);
    let out = epistemic(&["eval", "hedge", p.to_str().unwrap()], b"");
    assert!(String::from_utf8(out.stdout).unwrap().contains("F1 100.0"));
    let bad = tmp(
        "bad.jsonl",
        b"{\"text\": \"a\", \"uncertain\": true}\n{oops\n",
    );
    let out = epistemic(&["eval", "hedge", bad.to_str().unwrap()], b"");
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("bad.jsonl:2: not JSON"));
}

#[test]
fn learn_writes_an_overlay_that_analyze_takes() {
    let mut data = String::new();
    for _ in 0..4 {
        data.push_str("{\"text\": \"The outcome is touch and go.\", \"uncertain\": true, \"cues\": [{\"start\": 15, \"end\": 27, \"text\": \"touch and go\"}]}\n");
        data.push_str(
            "{\"text\": \"The outcome is known.\", \"uncertain\": false, \"cues\": []}\n",
        );
    }
    let p = tmp("learn.jsonl", data.as_bytes());
    // (Made first, so that it is removed too.)
    let out_path = tmp("learn.lex", b"");
    let out = epistemic(
        &[
            "learn",
            p.to_str().unwrap(),
            "--output",
            out_path.to_str().unwrap(),
            "--smoothing",
            "5",
            "--label-threshold",
            "0.4",
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let overlay = std::fs::read_to_string(&out_path).unwrap();
    assert!(overlay.starts_with("# generated by: epistemic learn"));
    assert!(overlay.contains("+ 5 x prior"), "{overlay}");
    assert!(overlay.contains("@set label-threshold 0.40"), "{overlay}");
    assert!(overlay.contains("touch and go"));
    let out = epistemic(
        &[
            "analyze",
            "--format",
            "json",
            "--lexicon",
            out_path.to_str().unwrap(),
        ],
        b"Success is touch and go.",
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["sentences"][0]["uncertain"], true);
}

#[test]
fn help_and_version() {
    let out = epistemic(&["--help"], b"");
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .contains("epistemic analyze"));
    let out = epistemic(&["--version"], b"");
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with("epistemic "));
}

#[test]
fn help_after_a_command_prints_the_usage() {
    // "epistemic analyze --help" had been an unknown option.
    for args in [
        &["analyze", "--help"][..],
        &["eval", "hedge", "-h"],
        &["learn", "--help"],
    ] {
        let out = epistemic(args, b"");
        assert!(out.status.success(), "{args:?}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.contains("usage:"), "{args:?}: {stdout}");
    }
}
