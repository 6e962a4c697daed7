package io.lsql.ui.patterns;

import io.lsql.core.connect.JdbcSource;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.Target;
import io.lsql.core.proposal.OperationKind;
import io.lsql.ui.AppState;
import io.lsql.ui.common.DirectTaskRunner;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** What the pane shows of a proposal and how "Use in Migrate" hands a candidate over, without a window. */
class ProposalViewModelTest {

    private final AppState state = new AppState();
    private final ProposalFixture maker = new ProposalFixture();
    private final SimpleObjectProperty<PatternsFile> patterns = new SimpleObjectProperty<>();
    private final List<Plan> handedOver = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final PlanBuilder.Request request = new PlanBuilder.Request(List.of(), false, "dev_", "file:///tmp/stage", null, null);
    private boolean migrateRunning;
    private ProposalViewModel vm;

    @BeforeEach
    void model() {
        state.mysqlProperty().set(new JdbcSource("jdbc:mariadb://127.0.0.1:1/app_db", "root", new char[0]));
        patterns.set(new PatternsFile(PatternsFile.VERSION, "app_db", List.of()));
        vm = new ProposalViewModel(state, new DirectTaskRunner(), maker, patterns, new MigrateHandoff() {
            @Override
            public PlanBuilder.Request request() {
                return request;
            }

            @Override
            public boolean use(Plan plan, String note) {
                if (migrateRunning) {
                    return false;
                }
                handedOver.add(plan);
                notes.add(note);
                return true;
            }
        });
    }

    @Test
    void proposeWithoutPatternsOrAConnectionSaysWhatToDo() {
        vm.propose();
        assertEquals("There are no patterns to propose a design for: harvest, open or add some first.", vm.message.get());
        state.mysqlProperty().set(null);
        vm.propose();
        assertEquals("Connect to MySQL first: the candidates are sampled and sized on its rows.", vm.message.get());
        assertEquals(List.of(), maker.proposedFor);
    }

    @Test
    void proposeShowsTheBestAndTheNextTwoWithTheBestsOperations() {
        withOnePattern();
        vm.propose();
        assertEquals(List.of("c2", "c1", "c3"), vm.candidates.stream().map(c -> c.candidate().id()).toList());
        assertSame(vm.candidates.get(0), vm.selected.get());
        assertSame(state.proposalProperty().get().best(), vm.selected.get(), "the proposal is the app's, for the browser");
        assertEquals("Proposed c2 (Item collections: Orders under Customers) of 4 candidate(s).", vm.message.get());
        assertEquals(List.of(new OperationRow("p-00000001", "Query (collection)", "Customers",
                "pk = :cust_id AND begins_with(sk, \"ORDER#\")", "0.5 / 0.0", "$1.25", OperationKind.Service.SERVED,
                "Orders live in their customer's collection.")), vm.operations);
        assertEquals(List.of("Score 13.00 = coverage 9.50 + cost 1.00 + hot keys 1.00 + write amplification 1.00 + simplicity 0.50;"
                + " $1.25/month.", "Note: Orders go under their customer."), vm.details);

        vm.selected.set(vm.candidates.get(1));
        assertEquals("scan", vm.operations.get(0).badge());
        assertEquals("Finding: Orders by customer is a Scan.", vm.details.get(1));
    }

    @Test
    void useInMigrateHandsTheChosenCandidatesTargetsToTheMigratePane() {
        withOnePattern();
        vm.propose();
        vm.useInMigrate();
        assertEquals(List.of(request), maker.plannedWith);
        List<Target> best = state.proposalProperty().get().best().candidate().targets();
        assertEquals(best, handedOver.get(0).targets());
        assertEquals("file:///tmp/stage", handedOver.get(0).stage());
        assertEquals("The plan is the proposal's c2 (Item collections: Orders under Customers): 1 target(s).", notes.get(0));
        assertEquals("The Migrate pane's plan is now c2 (Item collections: Orders under Customers).", vm.message.get());

        migrateRunning = true;
        vm.useInMigrate();
        assertEquals("The Migrate pane is running a plan: cancel that run first.", vm.message.get());
    }

    @Test
    void aCandidateFailingAHardGateIsNotHandedOver() {
        withOnePattern();
        vm.propose();
        vm.selected.set(state.proposalProperty().get().ranked().get(3));
        vm.useInMigrate();
        assertEquals("c4 fails a hard gate and cannot be migrated: Two items share the key CUST#1 / A on the sampled rows.",
                vm.message.get());
        assertEquals(List.of(), handedOver);
    }

    @Test
    void editingThePatternsAfterAProposalSaysToProposeAgain() {
        withOnePattern();
        vm.propose();
        patterns.set(new PatternsFile(PatternsFile.VERSION, "app_db", List.of()));
        assertEquals("The patterns changed since this proposal: Propose again to score them.", vm.message.get());
    }

    @Test
    void useInMigrateBeforeAProposalSaysSo() {
        vm.useInMigrate();
        assertEquals("Propose first, then choose the candidate to migrate.", vm.message.get());
        assertNull(state.proposalProperty().get());
    }

    private void withOnePattern() {
        PatternsViewModel list = new PatternsViewModel(state, new DirectTaskRunner(), new io.lsql.core.patterns.PatternHarvester());
        state.schemaProperty().set(PatternsViewModelTest.SHOP);
        list.add("SELECT * FROM Orders WHERE cust_id = ?");
        patterns.set(list.patterns.get());
    }
}
