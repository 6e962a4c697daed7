package io.lsql.ui.patterns;

import io.lsql.core.connect.AwsProfile;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignService;
import io.lsql.core.patterns.PatternHarvester;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.proposal.CandidateScore;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.schema.SchemaService;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import io.lsql.ui.AppState;
import io.lsql.ui.common.DirectTaskRunner;
import io.lsql.ui.wizard.WizardPage;
import io.lsql.ui.wizard.WizardViewModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proposal on the sandbox's app_db through the core's services: three candidates shown, the best handed to the wizard,
 * then rehearsed on moto with one line per pattern.
 */
@IntegrationTest
class ProposalViewModelIT {

    @Test
    void proposeOnAppDbShowsThreeCandidatesAndUseInMigrateGivesTheWizardTheBestCandidatesTargets(Sandbox sandbox) {
        AppState state = new AppState();
        DirectTaskRunner tasks = new DirectTaskRunner();
        JdbcSource source = Databases.source(sandbox, "app_db");
        state.mysqlProperty().set(source);
        state.schemaProperty().set(new SchemaService().read(source));
        PatternsViewModel patterns = new PatternsViewModel(state, tasks, new PatternHarvester());
        patterns.harvest();
        assertFalse(patterns.rows.isEmpty(), patterns.message.get());
        WizardViewModel wizard = new WizardViewModel(state, tasks, new DesignService(),
                Preferences.userRoot().node("lsql-proposal-vm-" + ProcessHandle.current().pid()));
        ProposalViewModel vm = new ProposalViewModel(state, tasks, new CoreProposals(new DesignService()), patterns.patterns, new MigrateHandoff() {
            @Override
            public PlanBuilder.Request request() {
                return wizard.planRequest();
            }

            @Override
            public boolean use(Plan plan, String note) {
                return wizard.adopt(plan, note);
            }
        });

        vm.propose();
        assertEquals(3, vm.candidates.size(), vm.message.get());
        CandidateScore best = state.proposalProperty().get().best();
        assertEquals(best, vm.selected.get());
        assertEquals(patterns.rows.size(), vm.operations.size(), "one row per pattern");
        assertTrue(vm.details.get(0).startsWith("Score "), vm.details.toString());
        assertTrue(vm.message.get().startsWith("Proposed " + best.candidate().id() + " ("), vm.message.get());

        vm.useInMigrate();
        assertEquals("The Migrate pane's plan is now " + ProposalViewModel.title(best) + ".", vm.message.get());
        assertEquals(sources(best.candidate().targets()), sources(wizard.plan.get().targets()));
        assertEquals(WizardPage.OBJECTS, wizard.page.get());
        assertTrue(wizard.message.get().startsWith("The plan is the proposal's " + best.candidate().id()), wizard.message.get());

        vm.rehearse();
        assertEquals("Set an AWS target first (the sandbox will do): the rehearsal migrates a sample into it.", vm.message.get());
        state.awsProperty().set(new AwsProfile("sandbox", null, Sandbox.REGION, sandbox.moto().endpoint(), null));
        vm.rehearse();
        assertTrue(vm.message.get().matches("Rehearsal of " + best.candidate().id() + ": \\d+ equal, \\d+ different, \\d+ not rehearsed "
                + "\\(sample read from .*\\)\\."), vm.message.get());
        assertTrue(vm.details.stream().anyMatch(d -> d.startsWith("Rehearsal: ") && d.contains(" EQUAL ")), vm.details.toString());
    }

    private static List<String> sources(List<Target> targets) {
        return targets.stream().map(t -> t.table() + " <- " + t.sources().stream().map(TargetSource::name).toList()).toList();
    }
}
