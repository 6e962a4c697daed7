package io.lsql.cli;

import io.lsql.core.CancellationToken;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.AwsTarget;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignService;
import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.proposal.CandidateScore;
import io.lsql.core.proposal.Proposal;
import io.lsql.core.proposal.ProposalOptions;
import io.lsql.core.proposal.ProposalService;
import io.lsql.core.rehearse.Rehearsal;
import io.lsql.core.rehearse.RehearsalOptions;
import io.lsql.core.rehearse.RehearsalResult;
import io.lsql.core.rehearse.Rehearser;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code lsql patterns --rehearse}: proposes a design for the checked patterns, then rehearses the chosen candidate (the
 * best unless {@code --candidate}) on a migrated sample and prints one line per pattern.
 */
final class PatternsRehearsal {

    /** What the command line asked for; {@code candidate} null for the proposal's best. */
    record Request(JdbcSource jdbc, AwsTarget aws, PatternsFile patterns, String candidate, RehearsalOptions options, Path report) {
    }

    private PatternsRehearsal() {
    }

    /** @return the exit code: 0 when no pattern differs, {@link ExitCodes#DIFFERENT} when one does */
    static int run(Request request, PrintWriter out) {
        Proposal proposal = new ProposalService(new DesignService()).propose(request.jdbc(), request.patterns(),
                ProposalOptions.DEFAULTS);
        CandidateScore chosen = chosen(proposal, request.candidate());
        out.println("Rehearsing candidate " + chosen.candidate().id() + " (" + chosen.candidate().name() + ") on at most "
                + request.options().sampleRows() + " rows per table:");
        out.flush();
        Rehearsal rehearsal;
        try {
            rehearsal = new Rehearser(request.jdbc(), request.aws(), request.options(), new CancellationToken())
                    .rehearse(request.patterns().patterns(), chosen.candidate(), chosen.operations());
        } catch (IOException e) {
            throw new LsqlException("The rehearsal's stage folder failed: " + io.lsql.core.ErrorText.of(e) + ".", e);
        }
        rehearsal.results().stream().map(RehearsalResult::line).forEach(out::println);
        out.println(rehearsal.summary() + " (sample read from " + rehearsal.database() + ").");
        if (request.report() != null) {
            write(request.report(), rehearsal.markdown());
            out.println("Wrote " + request.report());
        }
        return rehearsal.noneDifferent() ? ExitCodes.DONE : ExitCodes.DIFFERENT;
    }

    private static CandidateScore chosen(Proposal proposal, String id) {
        if (id == null) {
            return proposal.best();
        }
        List<CandidateScore> ranked = proposal.ranked();
        return ranked.stream().filter(s -> s.candidate().id().equalsIgnoreCase(id)).findFirst().orElseThrow(() ->
                new LsqlException("No candidate " + id + " in the proposal; it has " + String.join(", ",
                        ranked.stream().map(s -> s.candidate().id())
                        .sorted(java.util.Comparator.comparingInt(String::length).thenComparing(c -> c)).toList()) + "."));
    }

    private static void write(Path report, String markdown) {
        try {
            Files.writeString(report, markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LsqlException("Writing " + report + " failed: " + io.lsql.core.ErrorText.of(e) + ".", e);
        }
    }

    /** The patterns as checked against the live schema (their shapes parsed again), for the proposal and the rehearsal. */
    static PatternsFile checked(PatternsFile file, List<AccessPattern> patterns) {
        return new PatternsFile(PatternsFile.VERSION, file.schema(), patterns);
    }
}
