package io.lsql.ui.patterns;

import io.lsql.core.connect.AwsProfile;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.proposal.CandidateScore;
import io.lsql.core.proposal.Proposal;
import io.lsql.core.proposal.ProposalService;
import io.lsql.core.proposal.ScoreParts;
import io.lsql.ui.AppState;
import io.lsql.ui.common.Errors;
import io.lsql.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Patterns pane's proposal: Propose (in the background) scores the candidate designs for the patterns in the list;
 * the best and the next two are shown, each with its score parts, cost, gate failures, findings, notes and the table of
 * operations. "Use in Migrate" turns the chosen candidate into the Migrate pane's plan. The proposal is also the app's
 * (for the browser's design view).
 */
public final class ProposalViewModel {

    private final AppState state;
    private final TaskRunner tasks;
    private final ProposalMaker maker;
    private final ObservableValue<PatternsFile> patterns;
    private final MigrateHandoff migrate;
    /** The patterns the shown proposal was made for (its table pairs them with the operations). */
    private PatternsFile proposedFor;

    /** The best candidate and the next two. */
    public final ObservableList<CandidateScore> candidates = FXCollections.observableArrayList();
    public final ObjectProperty<CandidateScore> selected = new SimpleObjectProperty<>();
    public final ObservableList<OperationRow> operations = FXCollections.observableArrayList();
    /** The selected candidate's score parts, cost, gate failures, findings and notes, one line each. */
    public final ObservableList<String> details = FXCollections.observableArrayList();
    public final StringProperty message = new SimpleStringProperty("Propose scores candidate designs for these patterns.");
    public final BooleanProperty busy = new SimpleBooleanProperty(false);
    public final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();

    public ProposalViewModel(AppState state, TaskRunner tasks, ProposalMaker maker, ObservableValue<PatternsFile> patterns,
                             MigrateHandoff migrate) {
        this.state = state;
        this.tasks = tasks;
        this.maker = maker;
        this.patterns = patterns;
        this.migrate = migrate;
        selected.addListener((o, old, now) -> show(now));
        patterns.addListener((o, old, now) -> {
            Proposal shown = state.proposalProperty().get();
            if (shown != null && (now == null || !ProposalService.sha256(now).equals(shown.patternsSha256()))) {
                message.set("The patterns changed since this proposal: Propose again to score them.");
            }
        });
    }

    /** Scores the candidates for the patterns in the list, in the background. */
    public void propose() {
        JdbcSource jdbc = state.mysqlProperty().get();
        PatternsFile file = patterns.getValue();
        if (jdbc == null) {
            message.set("Connect to MySQL first: the candidates are sampled and sized on its rows.");
            return;
        }
        if (file == null || file.patterns().isEmpty()) {
            message.set("There are no patterns to propose a design for: harvest, open or add some first.");
            return;
        }
        busy.set(true);
        tasks.run("Propose a design for " + file.patterns().size() + " pattern(s)",
                (progress, cancel) -> maker.propose(jdbc, file, progress, cancel), proposal -> {
                    busy.set(false);
                    proposedFor = file;
                    state.proposalProperty().set(proposal);
                    candidates.setAll(proposal.top());
                    selected.set(proposal.ranked().isEmpty() ? null : proposal.best());
                    message.set(proposal.ranked().isEmpty() ? "No candidate design could be made for these patterns."
                            : "Proposed " + title(proposal.best()) + " of " + proposal.ranked().size() + " candidate(s).");
                }, this::failed);
    }

    /** Makes the selected candidate the Migrate pane's plan (built in the background) and shows that pane. */
    public void useInMigrate() {
        CandidateScore chosen = selected.get();
        if (chosen == null) {
            message.set("Propose first, then choose the candidate to migrate.");
            return;
        }
        if (!chosen.passes()) {
            message.set(chosen.candidate().id() + " fails a hard gate and cannot be migrated: " + chosen.gateFailures().get(0));
            return;
        }
        busy.set(true);
        PlanBuilder.Request request = migrate.request();
        tasks.run("Plan " + chosen.candidate().id(), (progress, cancel) -> maker.plan(chosen.candidate(), request), plan -> {
            busy.set(false);
            boolean taken = migrate.use(plan, "The plan is the proposal's " + title(chosen) + ": " + plan.targets().size()
                    + " target(s).");
            message.set(taken ? "The Migrate pane's plan is now " + title(chosen) + "."
                    : "The Migrate pane is running a plan: cancel that run first.");
        }, this::failed);
    }

    /** Rehearses the selected candidate in the background: a sample migrated into the AWS target, every pattern run both ways. */
    public void rehearse() {
        CandidateScore chosen = selected.get();
        AwsProfile aws = state.awsProperty().get();
        JdbcSource jdbc = state.mysqlProperty().get();
        if (chosen == null || jdbc == null) {
            message.set("Propose first, then choose the candidate to rehearse.");
            return;
        }
        if (aws == null) {
            message.set("Set an AWS target first (the sandbox will do): the rehearsal migrates a sample into it.");
            return;
        }
        PatternsFile file = proposedFor;
        busy.set(true);
        tasks.run("Rehearse " + chosen.candidate().id(), (progress, cancel) -> maker.rehearse(jdbc, aws.target(), file, chosen,
                cancel), rehearsal -> {
                    busy.set(false);
                    if (chosen.equals(selected.get())) {
                        rehearsal.results().forEach(r -> details.add("Rehearsal: " + r.line().replaceAll("\\s+", " ")));
                    }
                    message.set("Rehearsal of " + chosen.candidate().id() + ": " + rehearsal.summary() + " (sample read from "
                            + rehearsal.database() + ").");
                }, this::failed);
    }

    private void show(CandidateScore score) {
        operations.setAll(score == null ? List.of() : OperationRow.of(score, proposedFor));
        details.setAll(score == null ? List.of() : lines(score));
    }

    static List<String> lines(CandidateScore score) {
        ScoreParts parts = score.score();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Score %.2f = coverage %.2f + cost %.2f + hot keys %.2f + write amplification %.2f "
                + "+ simplicity %.2f; $%,.2f/month.", parts.total(), parts.coverage(), parts.cost(), parts.hotKeys(),
                parts.writeAmplification(), parts.simplicity(), score.monthlyCost()));
        score.gateFailures().forEach(g -> lines.add("Fails: " + g));
        score.findings().forEach(f -> lines.add("Finding: " + f));
        score.candidate().notes().forEach(n -> lines.add("Note: " + n));
        return lines;
    }

    static String title(CandidateScore score) {
        return score.candidate().id() + " (" + score.candidate().name() + ")";
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(Errors.sentence(error));
        failure.set(error);
    }
}
