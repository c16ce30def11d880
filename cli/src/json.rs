//! The JSON of the reports: byte for byte what `serde_json` writes (compact), in about a fifth of
//! the instructions for the strings that make most of it (the sentences' text, the field names).
//!
//! `serde_json` escapes a string a byte at a time; here sixteen bytes are tested at once (a test
//! the compiler turns into vector instructions) and only a block holding a byte to escape is
//! walked. Field names are written as they are: `serde` derives give identifiers, which need no
//! escaping. Numbers are written by `serde_json`'s own formatter, so they come out the same. The
//! tests below hold this writer to `serde_json::to_string` on whole reports and on every byte
//! that needs escaping.

use serde::ser::{self, Serialize};
use serde_json::ser::{CompactFormatter, Formatter};
use serde_json::Error;
use std::io;

/// Bits of the slot index of the field names' table ([`Writer`]): 256 slots, for the few
/// dozen names of a report.
const NAME_BITS: u32 = 8;
/// Slots of the field names' table.
const NAME_SLOTS: usize = 1 << NAME_BITS;
/// Slots looked at for a name before it is written afresh.
const NAME_PROBES: usize = 8;

/// A JSON writer: appends values to a buffer as compact JSON, as `serde_json::to_writer` would
/// write them. It keeps each field name it wrote as JSON (`"name":`), so that the next value of
/// the same type copies it in one piece: keep one writer for many values.
#[derive(Debug)]
pub struct Writer {
    /// Field names as JSON, by the address and length of the name (a field name is a
    /// `&'static str`: the two fix its bytes), in [`NAME_SLOTS`] slots found by a hash of the
    /// address and a few probes after it. A name is made once and kept: with names evicting each
    /// other by where the linker put them, the count of instructions moved by tens of millions
    /// on the BBC corpus from build to build.
    names: Vec<(usize, usize, Vec<u8>)>,
}

impl Default for Writer {
    fn default() -> Writer {
        Writer {
            names: vec![(0, 0, Vec::new()); NAME_SLOTS],
        }
    }
}

impl Writer {
    /// Appends `value` to `out`.
    pub fn append<T: Serialize + ?Sized>(
        &mut self,
        out: &mut Vec<u8>,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(&mut Json {
            out,
            names: &mut self.names,
            sink: None,
        })
    }

    /// Writes `value` to `sink` through `buf`: appends to `buf` and hands it to `sink` (emptied)
    /// whenever it holds [`SPILL`] bytes between two elements of an array, so that a value of any
    /// size (a sentence with a million cues) takes little memory. What is left stays in `buf`.
    pub fn write<T: Serialize + ?Sized>(
        &mut self,
        sink: &mut dyn io::Write,
        buf: &mut Vec<u8>,
        value: &T,
    ) -> io::Result<()> {
        value.serialize(&mut Json {
            out: buf,
            names: &mut self.names,
            sink: Some(sink),
        })?;
        Ok(())
    }
}

/// Bytes a [`Writer::write`] buffer holds before it is handed on.
pub const SPILL: usize = 1 << 16;

/// Writes `value` as compact JSON, as `serde_json::to_writer` would.
pub fn to_writer<W: io::Write + ?Sized, T: Serialize + ?Sized>(
    out: &mut W,
    value: &T,
) -> io::Result<()> {
    let mut buf = Vec::new();
    Writer::default().append(&mut buf, value)?;
    out.write_all(&buf)
}

/// The serializer: a buffer it appends to (bytes go in with no call per write).
struct Json<'a> {
    out: &'a mut Vec<u8>,
    names: &'a mut [(usize, usize, Vec<u8>)],
    /// Where `out` goes once it holds [`SPILL`] bytes, if anywhere.
    sink: Option<&'a mut dyn io::Write>,
}

/// Does byte `c` need an escape in a JSON string?
fn needs_escape(c: u8) -> bool {
    c < 0x20 || c == b'"' || c == b'\\'
}

/// `s` as a JSON string, with the escapes `serde_json` uses (`\"`, `\\`, `\b`, `\f`, `\n`, `\r`,
/// `\t`, and `\u00xx` for the other control characters).
fn write_str(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    // `b[start..i]` is waiting to be written as it is.
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        // Eight bytes at a time while none needs an escape: a test on a word, the same code in
        // every build (a loop left to the vectoriser was compiled differently from build to
        // build, and its instruction count with it, by up to 30 million on the BBC corpus).
        if let Some(word) = b.get(i..i + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) {
            if !word_needs_escape(u64::from_le_bytes(word)) {
                i += 8;
                continue;
            }
        }
        let end = (i + 8).min(b.len());
        for (j, &c) in b[i..end].iter().enumerate() {
            if !needs_escape(c) {
                continue;
            }
            out.extend_from_slice(&b[start..i + j]);
            start = i + j + 1;
            match c {
                b'"' => out.extend_from_slice(b"\\\""),
                b'\\' => out.extend_from_slice(b"\\\\"),
                0x08 => out.extend_from_slice(b"\\b"),
                0x0C => out.extend_from_slice(b"\\f"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\t' => out.extend_from_slice(b"\\t"),
                _ => out.extend_from_slice(&[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(c >> 4)],
                    HEX[usize::from(c & 0xF)],
                ]),
            }
        }
        i = end;
    }
    out.extend_from_slice(&b[start..]);
    out.push(b'"');
}

/// Does any of the eight bytes of `x` need an escape ([`needs_escape`])? A byte under 0x20, a
/// quotation mark or a backslash, found with the word-wide tests for a byte under a bound and a
/// zero byte (exact as a yes or no; bytes of 0x80 and over, inside UTF-8, trip neither).
fn word_needs_escape(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_byte = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
    let quote = zero_byte(x ^ (ONES * u64::from(b'"')));
    let backslash = zero_byte(x ^ (ONES * u64::from(b'\\')));
    (below_space | quote | backslash) != 0
}

/// An array, an object or a struct being written: whether an element was written yet.
struct Compound<'s, 'a> {
    ser: &'s mut Json<'a>,
    first: bool,
    /// The closing bytes (`]`, `}`, or `}}` / `]}` for an enum variant's).
    close: &'static [u8],
}

impl Compound<'_, '_> {
    fn comma(&mut self) -> Result<(), Error> {
        if !self.first {
            self.ser.out.push(b',');
        }
        self.first = false;
        Ok(())
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.comma()?;
        value.serialize(&mut *self.ser)?;
        self.ser.spill()
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        self.comma()?;
        self.ser.field_name(key)?;
        value.serialize(&mut *self.ser)
    }

    fn end(self) -> Result<(), Error> {
        self.ser.raw(self.close)
    }
}

impl<'a> Json<'a> {
    fn raw(&mut self, b: &[u8]) -> Result<(), Error> {
        self.out.extend_from_slice(b);
        Ok(())
    }

    /// A field name and its colon, escaped if need be (a derive's are identifiers: never).
    fn key(&mut self, key: &str) -> Result<(), Error> {
        write_str(self.out, key);
        self.out.push(b':');
        Ok(())
    }

    /// A struct's field name and its colon, from the names written before when it can be.
    /// Hands the buffer on if it is full and there is somewhere to hand it.
    fn spill(&mut self) -> Result<(), Error> {
        if self.out.len() >= SPILL {
            if let Some(sink) = self.sink.as_deref_mut() {
                sink.write_all(self.out).map_err(Error::io)?;
                self.out.clear();
            }
        }
        Ok(())
    }

    fn field_name(&mut self, key: &'static str) -> Result<(), Error> {
        let (at, len) = (key.as_ptr() as usize, key.len());
        // (Fibonacci hashing of the address: its top bits pick the first slot.)
        let mut i = ((at as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - NAME_BITS)) as usize;
        for _ in 0..NAME_PROBES {
            let slot = &mut self.names[i];
            if slot.0 == at && slot.1 == len {
                self.out.extend_from_slice(&slot.2);
                return Ok(());
            }
            if slot.0 == 0 {
                write_str(&mut slot.2, key);
                slot.2.push(b':');
                (slot.0, slot.1) = (at, len);
                self.out.extend_from_slice(&slot.2);
                return Ok(());
            }
            i = (i + 1) % NAME_SLOTS;
        }
        // (A crowded table: written afresh.)
        write_str(self.out, key);
        self.out.push(b':');
        Ok(())
    }

    fn open<'s>(
        &'s mut self,
        open: &[u8],
        close: &'static [u8],
    ) -> Result<Compound<'s, 'a>, Error> {
        self.raw(open)?;
        Ok(Compound {
            ser: self,
            first: true,
            close,
        })
    }

    /// `{"variant":` before an enum variant's content.
    fn variant(&mut self, variant: &'static str) -> Result<(), Error> {
        self.raw(b"{")?;
        self.key(variant)
    }

    fn number(&mut self, f: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> Result<(), Error> {
        f(self.out).map_err(Error::io)
    }
}

/// `Serializer` methods that write a number with serde_json's formatter (`finite`: `null` for a
/// float that is not, as serde_json writes it).
macro_rules! numbers {
    ($($method:ident: $t:ty => $write:ident),*) => {$(
        fn $method(self, v: $t) -> Result<(), Error> {
            self.number(|w| CompactFormatter.$write(w, v))
        }
    )*};
    ($(finite $method:ident: $t:ty => $write:ident),*) => {$(
        fn $method(self, v: $t) -> Result<(), Error> {
            if v.is_finite() {
                self.number(|w| CompactFormatter.$write(w, v))
            } else {
                self.raw(b"null")
            }
        }
    )*};
}

impl<'s, 'a> ser::Serializer for &'s mut Json<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'s, 'a>;
    type SerializeTuple = Compound<'s, 'a>;
    type SerializeTupleStruct = Compound<'s, 'a>;
    type SerializeTupleVariant = Compound<'s, 'a>;
    type SerializeMap = Compound<'s, 'a>;
    type SerializeStruct = Compound<'s, 'a>;
    type SerializeStructVariant = Compound<'s, 'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.raw(if v { b"true" } else { b"false" })
    }
    // Numbers by serde_json's formatter; a float that is not finite as null, as serde_json.
    numbers!(
        serialize_i8: i8 => write_i8,
        serialize_i16: i16 => write_i16,
        serialize_i32: i32 => write_i32,
        serialize_i64: i64 => write_i64,
        serialize_i128: i128 => write_i128,
        serialize_u8: u8 => write_u8,
        serialize_u16: u16 => write_u16,
        serialize_u32: u32 => write_u32,
        serialize_u64: u64 => write_u64,
        serialize_u128: u128 => write_u128
    );
    numbers!(
        finite serialize_f32: f32 => write_f32,
        finite serialize_f64: f64 => write_f64
    );
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        write_str(self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        let mut seq = self.open(b"[", b"]")?;
        for b in v {
            seq.element(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.raw(b"null")
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.raw(b"null")
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.raw(b"null")
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.variant(variant)?;
        value.serialize(&mut *self)?;
        self.raw(b"}")
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        self.open(b"[", b"]")
    }
    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple, Error> {
        self.open(b"[", b"]")
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        self.open(b"[", b"]")
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        self.variant(variant)?;
        self.open(b"[", b"]}")
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap, Error> {
        self.open(b"{", b"}")
    }
    fn serialize_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStruct, Error> {
        self.open(b"{", b"}")
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        self.variant(variant)?;
        self.open(b"{", b"}}")
    }
}

/// The compounds of elements (an array, a tuple): each after a comma.
macro_rules! elements {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Compound<'_, '_> {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }
            fn end(self) -> Result<(), Error> {
                Compound::end(self)
            }
        }
    )*};
}

elements!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.comma()?;
        // A key is a string in JSON: serde_json quotes a number key; so does this, through
        // serde_json itself (no report has a map: this is for completeness).
        let text = serde_json::to_string(key)?;
        if text.starts_with('"') {
            self.ser.raw(text.as_bytes())?;
        } else {
            self.ser.raw(b"\"")?;
            self.ser.raw(text.as_bytes())?;
            self.ser.raw(b"\"")?;
        }
        self.ser.raw(b":")
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.ser)
    }
    fn end(self) -> Result<(), Error> {
        Compound::end(self)
    }
}

/// The compounds of named fields (a struct, a struct variant).
macro_rules! fields {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Compound<'_, '_> {
            type Ok = ();
            type Error = Error;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), Error> {
                self.field(key, value)
            }
            fn end(self) -> Result<(), Error> {
                Compound::end(self)
            }
        }
    )*};
}

fields!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    /// The word-wide test says what the byte-wise one says of its eight bytes: every byte value
    /// at every place, among fillers that need no escape, beside one that does (a borrow from a
    /// lower byte must not hide it), and beside bytes of UTF-8.
    #[test]
    fn the_word_test_agrees_with_the_byte_test() {
        for filler in [b'a', b' ', 0x7F, 0x80, 0xE2, 0xFF, b'!', b'#', b'[', b']'] {
            for place in 0..8 {
                for c in 0..=255u8 {
                    let mut word = [filler; 8];
                    word[place] = c;
                    let want = word.iter().any(|&b| needs_escape(b));
                    assert_eq!(
                        word_needs_escape(u64::from_le_bytes(word)),
                        want,
                        "{word:?}"
                    );
                    // (And with a byte that needs one below or above it.)
                    for other in [0, 7] {
                        if other != place {
                            word[other] = b'"';
                            assert!(word_needs_escape(u64::from_le_bytes(word)), "{word:?}");
                            word[other] = filler;
                        }
                    }
                }
            }
        }
    }

    fn ours<T: Serialize + ?Sized>(value: &T) -> String {
        let mut out = Vec::new();
        to_writer(&mut out, value).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn every_byte_that_needs_an_escape_is_escaped_as_serde_json_does() {
        // Each control character, quote and backslash, alone, at each place in a block of
        // sixteen, at the start and the end, and beside multi-byte characters.
        for c in (0u8..0x20).chain([b'"', b'\\', 0x7F]) {
            let c = char::from(c);
            for at in 0..40 {
                let s: String = "ab\u{e9}\u{2028}cd\u{1F600}efgh"
                    .chars()
                    .cycle()
                    .take(at)
                    .chain([c])
                    .chain("tail\u{a0}".chars().take(at % 6))
                    .collect();
                assert_eq!(ours(&s), serde_json::to_string(&s).unwrap(), "{s:?}");
            }
        }
        let long = "x\"y\\z\n".repeat(100) + &"plain text ".repeat(50);
        assert_eq!(ours(&long), serde_json::to_string(&long).unwrap());
        assert_eq!(ours(""), "\"\"");
    }

    #[derive(Serialize)]
    #[serde(rename_all = "snake_case")]
    enum Shape {
        Unit,
        New(u8),
        Pair(i32, f64),
        Named { a: Option<u8>, b: Vec<char> },
    }

    #[derive(Serialize)]
    struct Everything {
        #[serde(rename = "odd \"key\"")]
        odd: bool,
        floats: Vec<f64>,
        small: f32,
        ints: (i8, i16, i32, i64, u8, u16, u32, u64, i128, u128),
        none: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<u8>,
        shapes: Vec<Shape>,
        unit: (),
        map: std::collections::BTreeMap<u32, &'static str>,
        names: std::collections::BTreeMap<&'static str, bool>,
    }

    #[test]
    fn every_kind_of_value_is_written_as_serde_json_writes_it() {
        let v = Everything {
            odd: true,
            floats: vec![
                0.1,
                -0.0,
                1e-7,
                1e21,
                123456.789,
                f64::NAN,
                f64::INFINITY,
                0.30000000000000004,
            ],
            small: 0.1,
            ints: (
                -8,
                -16,
                -32,
                i64::MIN,
                8,
                16,
                32,
                u64::MAX,
                i128::MIN,
                u128::MAX,
            ),
            none: None,
            skipped: None,
            shapes: vec![
                Shape::Unit,
                Shape::New(7),
                Shape::Pair(-1, 2.5),
                Shape::Named {
                    a: Some(3),
                    b: vec!['q', '"', '\n'],
                },
            ],
            unit: (),
            map: [(1, "one"), (20, "t\"wenty")].into_iter().collect(),
            names: [("a\tb", true), ("c", false)].into_iter().collect(),
        };
        assert_eq!(ours(&v), serde_json::to_string(&v).unwrap());
    }

    #[test]
    fn a_huge_value_is_handed_on_in_pieces_and_comes_out_whole() {
        // One sentence of 40,000 cues: about 5 MB of JSON.
        let text = format!("It may rain. {}", "may ".repeat(40_000));
        let report = epistemic::Analyzer::new().analyze(&text);
        let mut sink: Vec<Vec<u8>> = Vec::new();
        struct Pieces<'a>(&'a mut Vec<Vec<u8>>);
        impl io::Write for Pieces<'_> {
            fn write(&mut self, b: &[u8]) -> io::Result<usize> {
                self.0.push(b.to_vec());
                Ok(b.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let mut buf = Vec::new();
        Writer::default()
            .write(&mut Pieces(&mut sink), &mut buf, &report)
            .unwrap();
        assert!(sink.len() > 20, "{} pieces", sink.len());
        // (A piece is the buffer when it passed SPILL: one cue past it at most; but for the one
        // holding the sentence's text, which is written whole.)
        let big = sink.iter().filter(|p| p.len() >= SPILL + 1024).count();
        assert!(big <= 1, "{big}");
        let mut whole = sink.concat();
        whole.extend_from_slice(&buf);
        assert_eq!(
            String::from_utf8(whole).unwrap(),
            serde_json::to_string(&report).unwrap()
        );
    }

    #[test]
    fn a_whole_report_is_written_as_serde_json_writes_it() {
        let text = format!(
            "{}\n\n\"Tabs\tand \\ slashes,\" she said. \u{1}Control\u{1f} bytes may appear.",
            include_str!("../../examples/briefing.txt")
        );
        for explain in [false, true] {
            let analyzer = epistemic::Analyzer::new();
            let options = epistemic::Options::default().with_explain(explain);
            let report = analyzer.analyze_with(&text, &options);
            assert!(report.sentences.len() > 10 && !report.sources.is_empty());
            assert_eq!(ours(&report), serde_json::to_string(&report).unwrap());
        }
    }
}
