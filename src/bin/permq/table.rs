//! Tables for people and for scripts: one set of headers and rows, rendered
//! as a terminal table, CSV (RFC 4180, by the csv crate) or Markdown.

use comfy_table::{ContentArrangement, Table, presets};

use crate::output::CliError;

/// How a table is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableStyle {
    Text,
    Csv,
    Markdown,
}

impl crate::args::ReportFormat {
    /// The table form of this format; `None` for JSON, which each command shapes itself.
    pub fn table_style(self) -> Option<TableStyle> {
        use crate::args::ReportFormat;
        match self {
            ReportFormat::Json => None,
            ReportFormat::Text => Some(TableStyle::Text),
            ReportFormat::Csv => Some(TableStyle::Csv),
            ReportFormat::Markdown => Some(TableStyle::Markdown),
        }
    }
}

/// Column headings: stable ids in CSV, words in the reader's language otherwise.
pub fn headers(style: TableStyle, lang: permq::Lang, ids: &[&'static str]) -> Vec<String> {
    ids.iter()
        .map(|&id| match style {
            TableStyle::Csv => id.to_owned(),
            _ => permq::i18n::column(lang, id).to_owned(),
        })
        .collect()
}

pub fn render(
    style: TableStyle,
    headers: &[String],
    rows: &[Vec<String>],
) -> Result<String, CliError> {
    match style {
        TableStyle::Csv => csv(headers, rows),
        TableStyle::Text => {
            let mut table = comfy(presets::UTF8_FULL_CONDENSED, headers, rows);
            // Wrap long conditions to the terminal's width; when piped (to a
            // pager, a file), to $COLUMNS or a width that reads well.
            table.set_content_arrangement(ContentArrangement::Dynamic);
            if table.width().is_none() {
                table.set_width(piped_width());
            }
            Ok(format!("{table}\n"))
        }
        TableStyle::Markdown => {
            // A `|` inside a cell would end the cell; a newline would end the row.
            let escape = |cell: &String| cell.replace('|', "\\|").replace('\n', " ");
            let headers: Vec<String> = headers.iter().map(escape).collect();
            let rows: Vec<Vec<String>> = rows
                .iter()
                .map(|row| row.iter().map(escape).collect())
                .collect();
            Ok(format!(
                "{}\n",
                comfy(presets::ASCII_MARKDOWN, &headers, &rows)
            ))
        }
    }
}

/// The width text tables wrap to when no terminal says: `$COLUMNS` if it is
/// a sensible number, else 100.
fn piped_width() -> u16 {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|columns| columns.trim().parse::<u16>().ok())
        .filter(|&columns| columns >= 40)
        .unwrap_or(100)
}

fn comfy(preset: &str, headers: &[String], rows: &[Vec<String>]) -> Table {
    let mut table = Table::new();
    table.load_preset(preset);
    table.set_header(headers);
    for row in rows {
        table.add_row(row);
    }
    table
}

fn csv(headers: &[String], rows: &[Vec<String>]) -> Result<String, CliError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let to_io = |err: csv::Error| CliError::Io(std::io::Error::other(err));
    writer.write_record(headers).map_err(to_io)?;
    for row in rows {
        writer.write_record(row).map_err(to_io)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|err| CliError::Io(std::io::Error::other(err.to_string())))?;
    String::from_utf8(bytes).map_err(|err| CliError::Io(std::io::Error::other(err)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|cell| (*cell).to_owned()).collect()
    }

    #[test]
    fn csv_quotes_commas_and_quotes() {
        let text = render(
            TableStyle::Csv,
            &strings(&["action", "name"]),
            &[strings(&["edit", "Edit an \"RFI\", maybe"])],
        )
        .unwrap();
        assert_eq!(text, "action,name\nedit,\"Edit an \"\"RFI\"\", maybe\"\n");
    }

    #[test]
    fn markdown_escapes_pipes_and_newlines() {
        let text = render(
            TableStyle::Markdown,
            &strings(&["a", "b"]),
            &[strings(&["x | y", "two\nlines"])],
        )
        .unwrap();
        assert!(text.contains("x \\| y"), "{text}");
        assert!(text.contains("two lines"), "{text}");
        assert!(text.lines().nth(1).unwrap().starts_with("|-"), "{text}");
    }
}
