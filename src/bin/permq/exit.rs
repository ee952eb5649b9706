//! The exit codes of `permq`, one enum for every command.

/// How `permq` ends. Documented in `--help` and README.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// `can` answered yes; other commands succeeded.
    Yes = 0,
    /// `can` answered no; `test` had a failing case; `lint` found errors.
    No = 1,
    /// Usage or data error: bad flag, unknown name, invalid matrix, closed pipe.
    Usage = 2,
    /// `can` answered "only if".
    OnlyIf = 3,
}

impl Exit {
    pub const SUCCESS: Exit = Exit::Yes;
    pub const FAILURE: Exit = Exit::No;

    pub fn code(self) -> u8 {
        self as u8
    }
}

/// The exit-code table for `--help`.
pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0  yes (can), success (other commands)
  1  no (can), failing cases (test), errors found (lint), matrices differ (diff --exit-code)
  2  usage or data error: bad flag, unknown tool/action/level, invalid matrix file, closed pipe
  3  only if (can): allowed only under the residual condition printed";
