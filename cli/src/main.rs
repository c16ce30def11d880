//! The `epistemic` command line: `analyze`, `eval`, `learn`.
//!
//! A package of its own, so that the library's users compile nothing of it; arguments are parsed
//! by hand, to keep its own build small.

#![forbid(unsafe_code)]

/// The allocator: mimalloc spends less time than the system allocator on the many small
/// allocations of an analysis, and faults in fewer pages (README, Speed).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod json;

use epistemic::{eval, Analyzer, CueKind, Error, Options, Profile, Report, Sentence, Source};
use serde::Serialize;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::sync::mpsc;

const USAGE: &str = "\
epistemic: how sure a text is, and who is sure of what

usage:
  epistemic analyze [FILE ...] [--format text|json|jsonl] [--profile NAME] [--lexicon FILE]...
                    [--explain] [--no-attribution] [--color auto|always|never]
      Reads each FILE (standard input when none, or for `-`). `json` prints one document for the
      whole input (the files joined, two blank lines apart, which offsets count),
      `jsonl` one document per file, with its path.
      --no-attribution skips working out sources (every \"source\" null, \"sources\" empty).
  epistemic eval hedge FILE.jsonl [--format text|json] [--profile NAME] [--lexicon FILE]...
      Precision, recall and F1 of the uncertain class on lines of {\"text\", \"uncertain\"}.
  epistemic eval attribution FILE.jsonl [--limit N] [--format text|json] [--profile NAME]
      Source match and precision on PolNeAR-format articles (source, cue and content spans).
  epistemic learn FILE.jsonl [--graded] [--output OUT.lex] [--min-count N] [--smoothing S]
                  [--label-threshold T] [--profile NAME] [--lexicon FILE]...
      Measures each cue's precision and frequency in annotated sentences ({\"text\", \"uncertain\",
      \"cues\": [{\"start\", \"end\", \"text\"}]}) and writes a lexicon overlay (weights, new
      cues, cues to disable, label threshold) for --lexicon. With --graded, reads sentences rated
      for certainty ({\"text\", \"certainty\": number}) and learns each cue's effect= instead.
      --smoothing S: pseudo-counts pulling a weight towards its current value (default 2).
      --label-threshold T: write T as the label threshold instead of the one with the best F1
      on the data (e.g. one chosen by cross-validation).
  epistemic help | --help | --version

profiles: news (default), science, wikipedia
";

/// A command-line mistake: printed with the usage hint, exit code 2.
struct Usage(String);

enum Failure {
    Usage(Usage),
    Error(Error),
    Io(io::Error),
}

impl From<Usage> for Failure {
    fn from(u: Usage) -> Failure {
        Failure::Usage(u)
    }
}
impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure::Error(e)
    }
}
impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        Failure::Io(e)
    }
}

/// What joins the files of one `json` or `text` report: two blank lines, a document break.
const FILE_BREAK: &str = "\n\n\n";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(Usage(msg))) => {
            eprintln!("epistemic: {msg}\n(run `epistemic --help` for usage)");
            ExitCode::from(2)
        }
        Err(Failure::Error(e)) => {
            eprintln!("epistemic: {e}");
            ExitCode::FAILURE
        }
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Io(e)) => {
            eprintln!("epistemic: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<(), Failure> {
    // ("epistemic analyze --help": help wherever it is asked for.)
    if args.iter().skip(1).any(|a| a == "--help" || a == "-h") {
        print!("{USAGE}");
        return Ok(());
    }
    match args.first().map(String::as_str) {
        None | Some("help" | "--help" | "-h") => {
            print!("{USAGE}");
            Ok(())
        }
        Some("--version" | "-V") => {
            println!("epistemic {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
        Some("analyze") => analyze(&Flags::parse(&args[1..])?),
        Some("learn") => learn(&Flags::parse(&args[1..])?, args),
        Some("eval") => match args.get(1).map(String::as_str) {
            Some("hedge") => eval_hedge(&Flags::parse(&args[2..])?),
            Some("attribution") => eval_attribution(&Flags::parse(&args[2..])?),
            Some(other) => Err(Usage(format!(
                "unknown evaluation {other:?} (expected hedge or attribution)"
            ))
            .into()),
            None => Err(Usage("`eval` needs what to evaluate: hedge or attribution".into()).into()),
        },
        Some(other) => Err(Usage(format!("unknown command {other:?}")).into()),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    Jsonl,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Color {
    Auto,
    Always,
    Never,
}

struct Flags {
    files: Vec<String>,
    format: Option<Format>,
    profile: Profile,
    lexicons: Vec<String>,
    explain: bool,
    color: Color,
    limit: Option<usize>,
    output: Option<String>,
    min_count: Option<usize>,
    smoothing: Option<f64>,
    label_threshold: Option<f64>,
    graded: bool,
    no_attribution: bool,
}

impl Flags {
    fn parse(args: &[String]) -> Result<Flags, Usage> {
        let mut f = Flags {
            files: Vec::new(),
            format: None,
            profile: Profile::default(),
            lexicons: Vec::new(),
            explain: false,
            color: Color::Auto,
            limit: None,
            output: None,
            min_count: None,
            smoothing: None,
            label_threshold: None,
            graded: false,
            no_attribution: false,
        };
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            let (name, inline) = match arg.split_once('=') {
                Some((n, v)) if n.starts_with("--") => (n, Some(v.to_string())),
                _ => (arg.as_str(), None),
            };
            let mut value = |flag: &str| {
                inline
                    .clone()
                    .or_else(|| it.next().cloned())
                    .ok_or_else(|| Usage(format!("{flag} needs a value")))
            };
            match name {
                "--format" | "-f" => {
                    f.format = Some(match value(name)?.as_str() {
                        "text" => Format::Text,
                        "json" => Format::Json,
                        "jsonl" => Format::Jsonl,
                        v => {
                            return Err(Usage(format!("unknown format {v:?} (text, json, jsonl)")))
                        }
                    })
                }
                "--profile" | "-p" => {
                    f.profile = value(name)?
                        .parse()
                        .map_err(|e: Error| Usage(e.to_string()))?
                }
                "--lexicon" | "-l" => f.lexicons.push(value(name)?),
                "--explain" => f.explain = true,
                "--graded" => f.graded = true,
                "--no-attribution" => f.no_attribution = true,
                "--limit" | "--min-count" => {
                    let v = value(name)?;
                    let n = v
                        .parse()
                        .map_err(|_| Usage(format!("{name} takes a number, not {v:?}")))?;
                    if name == "--limit" {
                        f.limit = Some(n);
                    } else {
                        f.min_count = Some(n);
                    }
                }
                "--smoothing" => {
                    let ok = |s: f64| s.is_finite() && s >= 0.0;
                    f.smoothing = Some(number(name, &value(name)?, ok, "a number >= 0")?);
                }
                "--label-threshold" => {
                    let ok = |t: f64| (0.0..=1.0).contains(&t);
                    f.label_threshold =
                        Some(number(name, &value(name)?, ok, "a number in [0, 1]")?);
                }
                "--output" | "-o" => f.output = Some(value(name)?),
                "--color" | "--colour" => {
                    f.color = match value(name)?.as_str() {
                        "auto" => Color::Auto,
                        "always" => Color::Always,
                        "never" => Color::Never,
                        v => return Err(Usage(format!("unknown colour mode {v:?}"))),
                    }
                }
                "-" => f.files.push("-".into()),
                s if s.starts_with('-') => return Err(Usage(format!("unknown option {s:?}"))),
                _ => f.files.push(arg.clone()),
            }
        }
        Ok(f)
    }

    fn analyzer(&self) -> Result<Analyzer, Error> {
        let mut b = Analyzer::builder();
        b.profile(self.profile);
        for l in &self.lexicons {
            b.lexicon_file(l)?;
        }
        Ok(b.build())
    }
}

/// Reads a file (or standard input for `-`) as UTF-8, naming the byte offset of bad input.
/// The value `v` of `flag` as a number that `ok` accepts, or a mistake saying what it `takes`.
fn number(flag: &str, v: &str, ok: impl Fn(f64) -> bool, takes: &str) -> Result<f64, Usage> {
    v.parse()
        .ok()
        .filter(|&x| ok(x))
        .ok_or_else(|| Usage(format!("{flag} takes {takes}, not {v:?}")))
}

fn read_input(path: &str) -> Result<String, Error> {
    let mut bytes = Vec::new();
    let res = if path == "-" {
        io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    res.map_err(|e| Error::io(path, e))?;
    String::from_utf8(bytes).map_err(|e| Error::invalid_utf8(path, e.utf8_error().valid_up_to()))
}

/// Sentences per piece when [`write_json_fields`] serialises on two threads (from four pieces).
const JSON_PIECE: usize = 1024;

/// The bytes a piece of [`JSON_PIECE`] sentences takes in JSON, about (news: 0.5 MB).
const PIECE_BYTES: usize = 1 << 20;

/// The fields of `report` in JSON, `"sentences":[…],"sources":[…]`, exactly as serde_json
/// writes them in the report's object.
///
/// A long report's sentences go in pieces: a second thread serialises every other piece into a
/// buffer while this one serialises the rest, and this one writes them all out in order, handing
/// each buffer back once written (so the buffers are few, and reused).
fn write_json_fields(out: &mut impl Write, report: &Report) -> io::Result<()> {
    /// Each sentence, with a comma before it unless it opens the list, appended to `buf`; with a
    /// `sink`, written to it through `buf` (which is left empty).
    fn sentences(
        buf: &mut Vec<u8>,
        mut sink: Option<&mut dyn Write>,
        sentences: &[Sentence],
        opens: bool,
    ) -> io::Result<()> {
        let mut writer = json::Writer::default();
        for (i, s) in sentences.iter().enumerate() {
            if i > 0 || !opens {
                buf.push(b',');
            }
            match sink.as_deref_mut() {
                Some(sink) => writer.write(sink, buf, s)?,
                None => writer.append(buf, s)?,
            }
        }
        if let Some(sink) = sink {
            sink.write_all(buf)?;
            buf.clear();
        }
        Ok(())
    }
    // (This thread's pieces go through one buffer too, reused.)
    let mut mine = Vec::with_capacity(PIECE_BYTES);
    out.write_all(b"\"sentences\":[")?;
    let pieces: Vec<&[Sentence]> = report.sentences.chunks(JSON_PIECE).collect();
    if pieces.len() >= 4 {
        let pieces = &pieces;
        std::thread::scope(|scope| {
            // (Made here, so that an error below drops the receiver and stops the thread.)
            let (full_tx, full_rx) = mpsc::sync_channel::<io::Result<Vec<u8>>>(2);
            let (empty_tx, empty_rx) = mpsc::channel::<Vec<u8>>();
            scope.spawn(move || {
                for piece in pieces.iter().skip(1).step_by(2) {
                    // (Room for a piece from the start: a buffer grown by doubling had
                    // copied itself over and over.)
                    let mut buf = empty_rx
                        .try_recv()
                        .unwrap_or_else(|_| Vec::with_capacity(PIECE_BYTES));
                    buf.clear();
                    let done = sentences(&mut buf, None, piece, false).map(|()| buf);
                    if full_tx.send(done).is_err() {
                        return; // the writer stopped
                    }
                }
            });
            for (k, piece) in pieces.iter().enumerate() {
                if k % 2 == 0 {
                    sentences(&mut mine, Some(&mut *out), piece, k == 0)?;
                } else {
                    let buf = full_rx
                        .recv()
                        .map_err(|_| io::Error::other("the serialising thread stopped"))??;
                    out.write_all(&buf)?;
                    // (The thread may be done: then the buffer is dropped.)
                    let _ = empty_tx.send(buf);
                }
            }
            Ok::<(), io::Error>(())
        })?;
    } else {
        sentences(&mut mine, Some(&mut *out), &report.sentences, true)?;
    }
    out.write_all(b"],\"sources\":")?;
    json::to_writer(&mut *out, &report.sources)
}

fn analyze(flags: &Flags) -> Result<(), Failure> {
    let analyzer = flags.analyzer()?;
    let options = Options::default()
        .with_explain(flags.explain)
        .with_attribution(!flags.no_attribution);
    let files: Vec<String> = if flags.files.is_empty() {
        vec!["-".into()]
    } else {
        flags.files.clone()
    };
    let format = flags.format.unwrap_or(Format::Text);
    let stdout = io::stdout();
    let color = match flags.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let mut out = BufWriter::with_capacity(1 << 16, unbuffered_stdout(&stdout));
    match format {
        Format::Jsonl => {
            for path in &files {
                let text = read_input(path)?;
                let report = analyzer.analyze_with(&text, &options);
                out.write_all(b"{\"path\":")?;
                json::to_writer(&mut out, path)?;
                out.write_all(b",")?;
                write_json_fields(&mut out, &report)?;
                out.write_all(b"}\n")?;
            }
        }
        Format::Json | Format::Text => {
            // (One file is analysed as read; several are joined two blank lines apart, a
            // document break: no sentence runs from one file into the next, and a description
            // such as "the company" names a source of its own file.)
            let text = if let [path] = &files[..] {
                read_input(path)?
            } else {
                let mut text = String::new();
                for (k, path) in files.iter().enumerate() {
                    if k > 0 {
                        text.push_str(FILE_BREAK);
                    }
                    text.push_str(&read_input(path)?);
                }
                text
            };
            let report = analyzer.analyze_with(&text, &options);
            if format == Format::Json {
                out.write_all(b"{")?;
                write_json_fields(&mut out, &report)?;
                out.write_all(b"}\n")?;
                // The process ends here: let the OS reclaim the report instead of freeing it
                // piece by piece (about a tenth of the run on a large corpus).
                std::mem::forget(report);
                std::mem::forget(text);
            } else {
                let settings = flags.explain.then(|| analyzer.settings());
                write_text(&mut out, &report, color, settings)?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// Standard output for a report, which goes out in blocks of the `BufWriter` before it.
/// `Stdout` buffers by line: it looks for the last line break in every block it is given (a
/// report in JSON is one long line, read whole, about a byte's instruction per byte written:
/// 1.2% of a run). Where it goes to a file or a pipe on Unix, a duplicate of its descriptor
/// takes the blocks as they are, in the same order and at the same offset; elsewhere (a
/// terminal, another system, a descriptor that cannot be duplicated) `Stdout` itself.
fn unbuffered_stdout(stdout: &io::Stdout) -> Box<dyn Write + '_> {
    #[cfg(unix)]
    if !stdout.is_terminal() {
        use std::os::fd::AsFd;
        if let Ok(fd) = stdout.as_fd().try_clone_to_owned() {
            return Box::new(std::fs::File::from(fd));
        }
    }
    Box::new(stdout.lock())
}

fn paint(color: bool, code: &str, s: &str) -> String {
    if color {
        format!("\x1b[{code}m{s}\x1b[0m")
    } else {
        s.to_string()
    }
}

/// Writes the report for people; with `explain` (the analyzer's settings), each sentence's
/// derivation and rejected candidates too.
fn write_text(
    out: &mut impl Write,
    report: &Report,
    color: bool,
    explain: Option<&epistemic::Settings>,
) -> io::Result<()> {
    for s in &report.sentences {
        let label = if s.uncertain { "uncertain" } else { "" };
        let source = s
            .source
            .as_ref()
            .map(|r| {
                let cue = r
                    .cue
                    .as_ref()
                    .map(|c| format!(", {:?} ({:?})", c.text, c.commitment).to_lowercase())
                    .unwrap_or_default();
                let via = r
                    .via
                    .as_ref()
                    .map(|v| format!(", via {v}"))
                    .unwrap_or_default();
                format!(
                    "  source: {} ({}{cue}{via}{})",
                    r.name,
                    format!("{:?}", r.kind).to_lowercase(),
                    if r.quoted { ", quoted" } else { "" }
                )
            })
            .or_else(|| {
                s.reported.as_ref().map(|r| {
                    let cue = r
                        .cue
                        .as_ref()
                        .map(|c| format!(", {:?}", c.text).to_lowercase())
                        .unwrap_or_default();
                    format!("  reports: {}{cue}", r.name)
                })
            })
            .unwrap_or_default();
        // (No trailing space when a sentence is neither uncertain nor anyone's.)
        let label = if label.is_empty() {
            String::new()
        } else {
            format!(" {}", paint(color, "1;33", label))
        };
        writeln!(
            out,
            "#{:<3} certainty {:.2}{label}{source}",
            s.index, s.certainty
        )?;
        // The sentence with its cues marked.
        let mut marked = String::new();
        let mut pos = s.start;
        for c in &s.cues {
            marked.push_str(&s.text[pos - s.start..c.start - s.start]);
            let code = if c.kind == CueKind::Hedge { "33" } else { "32" };
            marked.push_str(&paint(color, code, &format!("[{}]", c.text)));
            pos = c.end;
        }
        marked.push_str(&s.text[pos - s.start..]);
        writeln!(
            out,
            "    {}",
            marked.split_whitespace().collect::<Vec<_>>().join(" ")
        )?;
        // (The cues that stand outside the words of the sentence's source, which its certainty
        // leaves out.)
        let outside = s
            .source
            .as_ref()
            .or(s.reported.as_ref())
            .map_or(&[][..], |r| &r.outside_cues[..]);
        for (k, c) in s.cues.iter().enumerate() {
            writeln!(
                out,
                "      {:<7} {:<22} {:<19} weight {:.2}  effect {:+.2}{}{}{}",
                c.kind.as_str(),
                format!("{:?}", c.text),
                c.class.as_str(),
                c.weight,
                c.effect,
                if c.negated { "  (negated)" } else { "" },
                if outside.contains(&k) {
                    "  (not the source's words)"
                } else {
                    ""
                },
                c.origin
                    .as_ref()
                    .map(|o| format!("  [{o}]"))
                    .unwrap_or_default()
            )?;
        }
        if let Some(settings) = explain {
            let effects: String = s
                .cues
                .iter()
                .map(|c| format!(" {:+.2}", c.effect))
                .collect();
            writeln!(
                out,
                "      {} = logistic(logit({:.2}){effects}) = {:.2}; hedge strength {:.2} {} threshold {:.2}",
                paint(color, "2", "certainty"),
                settings.neutral,
                s.certainty,
                s.hedge_strength,
                if s.uncertain { ">=" } else { "<" },
                settings.label_threshold
            )?;
            for r in &s.rejected {
                writeln!(
                    out,
                    "      {} {:?}: {:?}, {}",
                    paint(color, "2", "rejected"),
                    r.text,
                    r.reason,
                    r.detail
                )?;
            }
        }
    }
    if !report.sources.is_empty() {
        let mut sources: Vec<&Source> = report.sources.iter().collect();
        sources.sort_by(|a, b| {
            b.sentences
                .len()
                .cmp(&a.sentences.len())
                .then(a.id.cmp(&b.id))
        });
        writeln!(out, "\nsources")?;
        // (A pronoun nothing resolved is marked so: "he (unresolved)".)
        let label = |s: &Source| {
            if s.unresolved {
                format!("{} (unresolved)", s.name)
            } else {
                s.name.clone()
            }
        };
        let width = sources
            .iter()
            .map(|s| label(s).chars().count())
            .max()
            .unwrap_or(0);
        let width = width.clamp(12, 48);
        writeln!(
            out,
            "  {:<width$} {:<13} {:>9} {:>8} {:>9} {:>6} {:>8}  reporting",
            "name", "kind", "sentences", "reported", "certainty", "hedges", "boosters"
        )?;
        for src in sources {
            let row = format!(
                "  {:<width$} {:<13} {:>9} {:>8} {:>9.2} {:>6} {:>8}  {}",
                label(src),
                format!("{:?}", src.kind).to_lowercase(),
                src.sentences.len(),
                src.reported.len(),
                src.certainty,
                src.hedges,
                src.boosters,
                src.reporting_cues.join(", ")
            );
            // (The author uses no reporting cue: no padding left at the end of its row.)
            writeln!(out, "{}", row.trim_end())?;
        }
    }
    Ok(())
}

fn eval_hedge(flags: &Flags) -> Result<(), Failure> {
    let [file] = flags.files.as_slice() else {
        return Err(Usage("`eval hedge` takes exactly one FILE.jsonl".into()).into());
    };
    let analyzer = flags.analyzer()?;
    let scores = eval::hedge(&analyzer, &eval::read_annotated(file)?);
    print_scores(
        flags,
        &format!("{file} (profile {})", analyzer.profile()),
        &scores,
    )
}

fn eval_attribution(flags: &Flags) -> Result<(), Failure> {
    let [file] = flags.files.as_slice() else {
        return Err(Usage("`eval attribution` takes exactly one FILE.jsonl".into()).into());
    };
    let analyzer = flags.analyzer()?;
    let scores = eval::attribution::run(&analyzer, std::path::Path::new(file), flags.limit)?;
    print_scores(flags, file, &scores)
}

/// Prints evaluation scores: one JSON object with `--format json`, else a line for people.
fn print_scores(
    flags: &Flags,
    what: &str,
    scores: &(impl Serialize + std::fmt::Display),
) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    if flags.format == Some(Format::Json) {
        serde_json::to_writer(&mut out, scores).map_err(io::Error::from)?;
        writeln!(out)?;
    } else {
        writeln!(out, "{what}: {scores}")?;
    }
    Ok(())
}

fn learn(flags: &Flags, args: &[String]) -> Result<(), Failure> {
    let [file] = flags.files.as_slice() else {
        return Err(Usage("`learn` takes exactly one FILE.jsonl".into()).into());
    };
    let analyzer = flags.analyzer()?;
    let mut options = epistemic::learn::LearnOptions::default();
    if let Some(n) = flags.min_count {
        options.min_count = n;
    }
    if let Some(s) = flags.smoothing {
        options.smoothing = s;
    }
    options.label_threshold = flags.label_threshold;
    let generated_by = format!("epistemic {}", args.join(" "));
    if flags.graded {
        let data = std::fs::read_to_string(file).map_err(|e| Error::io(file, e))?;
        let rows = epistemic::learn::parse_rated(file, &data)?;
        let fit = epistemic::learn::learn_graded(&analyzer, &rows, &options);
        write_overlay(flags, &fit.to_lexicon(&generated_by))?;
        eprintln!(
            "epistemic learn --graded: {} sentences, {} cue effects learned, neutral {:.3}, Pearson r {:.3} -> {:.3} on this data",
            fit.sentences,
            fit.cues.len(),
            fit.neutral,
            fit.r_before,
            fit.r
        );
        return Ok(());
    }
    let rows = eval::read_annotated(file)?;
    let learned = epistemic::learn::learn(&analyzer, &rows, &options);
    write_overlay(flags, &learned.to_lexicon(&generated_by))?;
    let added = learned.cues.iter().filter(|c| !c.known).count();
    eprintln!(
        "epistemic learn: {} sentences, {} cues reweighted, {} new, label threshold {:.2} (F1 {:.1} on this data)",
        learned.sentences,
        learned.cues.len() - added,
        added,
        learned.label_threshold,
        learned.f1
    );
    if !learned.crossed.is_empty() {
        eprintln!(
            "epistemic learn: the new threshold crosses {} cue{} too rare here to relearn (listed in the overlay's header)",
            learned.crossed.len(),
            if learned.crossed.len() == 1 { "" } else { "s" }
        );
    }
    Ok(())
}

fn write_overlay(flags: &Flags, overlay: &str) -> Result<(), Failure> {
    match &flags.output {
        Some(path) => std::fs::write(path, overlay).map_err(|e| Error::io(path, e))?,
        None => io::stdout().lock().write_all(overlay.as_bytes())?,
    }
    Ok(())
}
