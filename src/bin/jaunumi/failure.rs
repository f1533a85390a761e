//! Why a command stopped: the program's one error type, which `main` reports.

use std::error::Error as _;
use std::io;

use jaunumi::ExportError;

/// A failure that ends a command with exit status 2.
#[derive(Debug, thiserror::Error)]
pub(crate) enum Failure {
    /// Reading the input or writing the output failed.
    #[error(transparent)]
    Io(#[from] io::Error),
    /// An export could not be written: its writer failed, or the format needs what the
    /// input lacks.
    #[error(transparent)]
    Export(#[from] ExportError),
}

impl Failure {
    /// Whether the output's reader went away (a closed pipe, as `| head` closes it): not an
    /// error for a program that writes to standard output.
    pub(crate) fn is_broken_pipe(&self) -> bool {
        let io = match self {
            Failure::Io(err) => Some(err),
            Failure::Export(err) => err.source().and_then(|s| s.downcast_ref::<io::Error>()),
        };
        io.is_some_and(|err| err.kind() == io::ErrorKind::BrokenPipe)
    }

    /// The message, then each cause after a colon: `could not write the feed: No space
    /// left on device (os error 28)`.
    pub(crate) fn report(&self) -> String {
        let mut report = self.to_string();
        let mut source = self.source();
        while let Some(cause) = source {
            report.push_str(": ");
            report.push_str(&cause.to_string());
            source = cause.source();
        }
        report
    }
}
