package io.lsql.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's contract without services: help lists the exit codes, usage errors are one line and exit 2. */
class LsqlCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LsqlCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "sandbox", "design", "plan", "codegen", "export", "load", "migrate", "verify", "sample"})
    void everyCommandsHelpListsTheSameExitCodes(String command) {
        Run help = command.isEmpty() ? run("--help") : run(command, "--help");
        assertEquals(0, help.code());
        String text = help.out().replaceAll("\\s+", " ");
        assertTrue(text.contains("Exit codes: 0 done 1 error: one line on stderr"), text);
        for (String line : new String[] {" 2 usage: ", " 3 verify (or a rehearsal of the access patterns) found differences", " 4 rejects: ", " 130 cancelled (Ctrl+C)"}) {
            assertTrue(text.contains(line), command + " --help lacks '" + line + "': " + text);
        }
    }

    @Test
    void theTableIsTheOneTheCodeReturns() {
        assertEquals(java.util.List.of("0", "1", "2", "3", "4", "130"), java.util.List.copyOf(ExitCodes.table().keySet()));
        assertEquals(CommandLine.ExitCode.USAGE, ExitCodes.USAGE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "load                                                    | Missing required option: '--stage=URI'; see 'lsql load --help'.",
        "load --stage s --load sideways                          | Invalid value for option '--load'",
        "load --stage s --workers 0                              | --workers must be at least 1, not 0; see 'lsql load --help'.",
        "load --stage s --rate -1                                | --rate must not be negative",
        "--bogus                                                 | Unknown option: '--bogus'; see 'lsql --help'.",
        "export --table t --stage s                              | --jdbc-url is required",
        "export --jdbc-url jdbc:postgresql://h/db --user u --table t --stage s | Not a MySQL JDBC URL",
        "migrate --jdbc-url jdbc:mysql://h/db --user u --table a --view b --stage s | Give exactly one source",
        "migrate --resume R                                      | --resume needs the run's --stage",
        "migrate --jdbc-url jdbc:mysql://h/db --user u --table t --stage s --rate -5 | --rate must not be negative",
        "migrate --resume R --stage s --table t --drop c         | --table and --drop cannot be given with --resume: ",
        "migrate --resume R --stage s --target-table t           | --target-table cannot be given with --resume: ",
        "migrate --resume R --stage s --plan p.json              | --plan cannot be given with --resume: ",
        "migrate --plan p.json --query q --sort-key k            | --query and --sort-key cannot be given with --plan: ",
        "plan --jdbc-url jdbc:mysql://h/db --user u              | give --out FILE to write a plan, or --check FILE to check one",
        "plan --out p.json --check p.json                        | give --out FILE to write a plan, or --check FILE to check one",
        "plan --jdbc-url jdbc:mysql://h/db --user u --out p.json | --stage is required with --out",
        "plan --check p.json --views --table-prefix dev_         | --views and --table-prefix cannot be given with --check: ",
        "plan --out p.json --stage s3://b/p --table-prefix dev:  | --table-prefix may hold only a-z, A-Z, 0-9",
    })
    void usageErrorsAreOneLineAndExitTwo(String args, String expected) {
        Run usage = run(args.trim().split("\\s+"));
        assertEquals(2, usage.code(), usage.err());
        String err = usage.err().strip();
        assertTrue(err.startsWith("lsql: ") && err.contains(expected), err);
        assertEquals(1, err.lines().count(), "one line: " + err);
    }
}
