//! Findings about matrix files: a stable code, a severity, a message, and the
//! file, line and column of the YAML value at fault. Rendered by miette with
//! the source snippet; serialisable for JSON, SARIF and CI annotations.

use std::fmt;
use std::sync::Arc;

use miette::{LabeledSpan, SourceCode};
use serde_saphyr::Spanned;

/// How bad a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn id(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A file of the matrix as read from disk, kept for snippets.
#[derive(Debug)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Arc<SourceFile> {
        Arc::new(SourceFile {
            path: path.into(),
            text: text.into(),
        })
    }
}

/// A place in a source file: 1-based line and column, and the byte range for labels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Place {
    pub line: u64,
    pub column: u64,
    pub offset: usize,
    pub len: usize,
}

impl Place {
    /// The place of a spanned YAML value.
    pub fn of<T>(value: &Spanned<T>) -> Place {
        let location = value.referenced;
        let span = location.span();
        Place {
            line: location.line(),
            column: location.column(),
            offset: span.byte_offset().unwrap_or(0) as usize,
            len: span.byte_len().unwrap_or(0) as usize,
        }
    }

    /// The place at a 1-based line and column of a text.
    pub fn at(text: &str, line: u64, column: u64) -> Place {
        let mut offset = 0usize;
        for (index, content) in text.split_inclusive('\n').enumerate() {
            if index as u64 + 1 == line {
                let column_bytes: usize = content
                    .chars()
                    .take(column.saturating_sub(1) as usize)
                    .map(char::len_utf8)
                    .sum();
                offset += column_bytes;
                break;
            }
            offset += content.len();
        }
        Place {
            line,
            column,
            offset: offset.min(text.len()),
            len: 0,
        }
    }
}

/// One finding about one place of one file.
#[derive(Clone, Debug)]
pub struct Finding {
    /// Stable code such as `PQ101`.
    pub code: &'static str,
    /// Kebab-case rule name such as `undefined-footnote`.
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    pub file: Option<Arc<SourceFile>>,
    pub place: Option<Place>,
    pub label: Option<String>,
    pub help: Option<String>,
}

impl Finding {
    pub fn new(
        code: &'static str,
        rule: &'static str,
        severity: Severity,
        message: impl Into<String>,
    ) -> Finding {
        Finding {
            code,
            rule,
            severity,
            message: message.into(),
            file: None,
            place: None,
            label: None,
            help: None,
        }
    }

    pub fn at(mut self, file: &Arc<SourceFile>, place: Place) -> Finding {
        self.file = Some(file.clone());
        self.place = Some(place);
        self
    }

    pub fn in_file(mut self, file: &Arc<SourceFile>) -> Finding {
        self.file = Some(file.clone());
        self
    }

    pub fn label(mut self, label: impl Into<String>) -> Finding {
        self.label = Some(label.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Finding {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:column`, or the path alone when the place is unknown.
    pub fn location(&self) -> String {
        match (&self.file, &self.place) {
            (Some(file), Some(place)) => format!("{}:{}:{}", file.path, place.line, place.column),
            (Some(file), None) => file.path.clone(),
            _ => String::from("<matrix>"),
        }
    }

    /// Sort key: file, then line, then column, then code.
    pub fn sort_key(&self) -> (String, u64, u64, &'static str) {
        (
            self.file
                .as_ref()
                .map(|f| f.path.clone())
                .unwrap_or_default(),
            self.place.map(|p| p.line).unwrap_or(0),
            self.place.map(|p| p.column).unwrap_or(0),
            self.code,
        )
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Finding {}

/// Snippets carry the file's path as their name.
impl SourceCode for SourceFile {
    fn read_span<'a>(
        &'a self,
        span: &miette::SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let contents = self
            .text
            .read_span(span, context_lines_before, context_lines_after)?;
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.path.clone(),
            contents.data(),
            *contents.span(),
            contents.line(),
            contents.column(),
            contents.line_count(),
        )))
    }
}

impl miette::Diagnostic for Finding {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(format!("{}({})", self.code, self.rule)))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|help| Box::new(help) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        match (&self.file, &self.place) {
            (Some(file), Some(_)) => Some(file.as_ref()),
            _ => None,
        }
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let place = self.place?;
        self.file.as_ref()?;
        let label = LabeledSpan::new(
            Some(self.label.clone().unwrap_or_else(|| String::from("here"))),
            place.offset,
            place.len,
        );
        Some(Box::new(std::iter::once(label)))
    }
}
