package io.lsql.ui.wizard;

import io.lsql.core.CancellationToken;
import io.lsql.core.connect.ProfileStore;
import io.lsql.core.design.DesignService;
import io.lsql.core.plan.ExistingTablePolicy;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyType;
import io.lsql.core.plan.LoadMode;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanFiles;
import io.lsql.core.plan.Target;
import io.lsql.core.run.PlanRunner;
import io.lsql.core.run.RunListener;
import io.lsql.core.run.RunReport;
import io.lsql.core.run.RunStages;
import io.lsql.core.run.TargetState;
import io.lsql.core.run.UnfinishedRuns;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.schema.SchemaService;
import io.lsql.core.session.ConnectionSession;
import io.lsql.core.session.ProfileBook;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import io.lsql.ui.AppState;
import io.lsql.ui.browser.BrowserViewModel;
import io.lsql.ui.common.DirectTaskRunner;
import io.lsql.ui.connect.ConnectionsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wizard without a window: same-thread tasks, real MariaDB and moto, app_db through every page. */
@IntegrationTest
class WizardViewModelIT {

    static WizardViewModel wizard(Sandbox sandbox, Path home) {
        AppState state = new AppState();
        DirectTaskRunner tasks = new DirectTaskRunner();
        new BrowserViewModel(state, tasks, new SchemaService(), new DesignService());
        new ConnectionsViewModel(state, tasks, new ProfileBook(new ProfileStore(home)), new ConnectionSession()).useSandbox(sandbox.info());
        return new WizardViewModel(state, tasks, new DesignService(),
                java.util.prefs.Preferences.userRoot().node("lsql-wizard-vm-" + home.getFileName()));
    }

    static void choose(WizardViewModel wizard, String prefix, List<String> names) {
        wizard.next();
        assertEquals(WizardPage.OBJECTS, wizard.page.get());
        wizard.objects.tablePrefix.set(prefix);
        wizard.objects.selectAll(false);
        wizard.objects.rows.stream().filter(r -> names.contains(r.name())).forEach(r -> r.selected.set(true));
        wizard.next();
        assertEquals(List.of(), wizard.problems);
        assertEquals(WizardPage.KEYS, wizard.page.get());
    }

    @Test
    void appDbThroughEveryPageRunsDoneVerifiedAndBackLosesNothing(Sandbox sandbox, @TempDir Path home) throws Exception {
        WizardViewModel wizard = wizard(sandbox, home);
        assertTrue(wizard.objects.rows.stream().anyMatch(r -> r.name().equals("vCustOrders") && r.view()));
        choose(wizard, "wzvm_", List.of("Reps", "Products", "vCustOrders"));
        assertEquals(List.of("wzvm_Products", "wzvm_Reps", "wzvm_vCustOrders"),
                wizard.plan.get().targets().stream().map(Target::table).sorted().toList());
        assertTrue(wizard.plan.get().stage().startsWith("s3://lsql-stage/runs/app_db-"), wizard.plan.get().stage());

        wizard.keys.selected.set(wizard.keys.targets.indexOf("wzvm_Reps"));
        assertEquals("rep_id", wizard.keys.partitionKey.get());
        assertFalse(wizard.keys.advisorNotes.get().isBlank());
        wizard.keys.partitionTemplate.set("{no_such_column}");
        assertTrue(wizard.keys.invalid.contains(KeysViewModel.Field.PARTITION_TEMPLATE), wizard.keys.problems.toString());
        wizard.next();
        assertEquals(WizardPage.KEYS, wizard.page.get(), "an invalid key blocks Next");
        assertFalse(wizard.problems.isEmpty());
        wizard.keys.partitionTemplate.set("REP#{rep_id}");
        assertTrue(wizard.keys.invalid.isEmpty(), wizard.keys.problems.toString());
        wizard.next();
        assertEquals(WizardPage.ATTRIBUTES, wizard.page.get());

        wizard.attributes.selected.set(wizard.attributes.targets.indexOf("wzvm_Reps"));
        assertTrue(wizard.attributes.preview.get().contains("\"REP#"), wizard.attributes.preview.get());
        assertTrue(wizard.attributes.highlights.stream().anyMatch(h -> h.attribute().equals("rep_id")
                && h.role() == PreviewKeys.Role.TABLE_KEY), "the preview's key attribute is highlighted");
        AttributeRow last = wizard.attributes.rows.get(wizard.attributes.rows.size() - 1);
        last.attribute.set("renamed_" + last.column());
        assertTrue(wizard.attributes.preview.get().contains("renamed_" + last.column()), wizard.attributes.preview.get());
        Plan beforeBack = wizard.plan.get();
        wizard.back();
        wizard.back();
        assertEquals(WizardPage.OBJECTS, wizard.page.get());
        wizard.next();
        wizard.next();
        assertEquals(WizardPage.ATTRIBUTES, wizard.page.get());
        assertEquals(beforeBack, wizard.plan.get(), "Back and Next again keep every edit");

        wizard.next();
        assertEquals(WizardPage.LOAD, wizard.page.get());
        wizard.load.selected.set(wizard.load.targets.indexOf("wzvm_Products"));
        wizard.load.loadMode.set(LoadMode.BATCH);
        assertEquals(LoadMode.BATCH, wizard.plan.get().target("wzvm_Products").orElseThrow().load());
        wizard.next();
        assertEquals(WizardPage.DRY_RUN, wizard.page.get());
        wizard.dryRun.run();
        assertNotNull(wizard.dryRun.report.get(), wizard.dryRun.summary.get());
        assertTrue(wizard.dryRun.report.get().clean(), wizard.dryRun.details.get());

        wizard.next();
        assertEquals(WizardPage.RUN, wizard.page.get());
        wizard.run.start();
        assertEquals(WizardPage.REPORT, wizard.page.get(), wizard.run.message.get());
        RunReport report = wizard.run.report.get();
        assertEquals(TargetState.DONE, report.state(), report.markdown());
        for (RunReport.Line line : report.targets()) {
            assertEquals(Boolean.TRUE, line.verified(), line.toString());
            assertEquals(line.rows(), line.items(), line.toString());
        }
        assertTrue(wizard.run.rows.stream().allMatch(r -> r.state.get() == TargetState.DONE && r.progress.get() == 1.0));
    }

    @Test
    void thePlanTheWizardSavesRunsUnchangedWithTheCoreRunner(Sandbox sandbox, @TempDir Path home) throws Exception {
        WizardViewModel wizard = wizard(sandbox, home);
        choose(wizard, "wzcli_", List.of("Customers", "OrderLines"));
        Path file = home.resolve("app_db.plan.json");
        wizard.save(file);
        assertEquals(file, wizard.file.get(), wizard.message.get());
        assertArrayEquals(PlanFiles.bytes(wizard.plan.get()), Files.readAllBytes(file));

        Plan saved = PlanFiles.read(file);
        RunReport report = new PlanRunner(Databases.source(sandbox, "app_db"), Databases.aws(sandbox), RunListener.NONE,
                new CancellationToken()).run(saved, false, false);
        assertEquals(TargetState.DONE, report.state(), report.markdown());
        assertTrue(report.targets().stream().allMatch(l -> Boolean.TRUE.equals(l.verified()) && l.rows() == l.items() && l.rows() > 0));

        wizard.newPlan();
        assertTrue(wizard.plan.get().targets().isEmpty());
        wizard.open(file);
        assertEquals(WizardPage.OBJECTS, wizard.page.get());
        assertEquals(saved, wizard.plan.get());
        assertEquals(List.of("Customers", "OrderLines"), wizard.objects.selectedNames());
    }

    @Test
    void aCancelledRunResumesToDoneWithEveryItemOnce(Sandbox sandbox, @TempDir Path home) {
        WizardViewModel wizard = wizard(sandbox, home);
        choose(wizard, "wzcancel_", List.of("Customers", "Orders", "Products"));
        wizard.page.set(WizardPage.RUN);
        cancelAtFirstExport(wizard);
        wizard.run.start();
        assertEquals(WizardPage.RUN, wizard.page.get(), "a cancelled run stays on the Run page");
        assertEquals(TargetState.CANCELLED, wizard.run.report.get().state(), wizard.run.report.get().markdown());
        assertTrue(wizard.run.message.get().contains("cancelled"), wizard.run.message.get());
        String runId = wizard.run.report.get().runId();

        wizard.run.resume();
        RunReport resumed = wizard.run.report.get();
        assertEquals(WizardPage.REPORT, wizard.page.get(), wizard.run.message.get());
        assertEquals(runId, resumed.runId());
        assertEquals(TargetState.DONE, resumed.state(), resumed.markdown());
        for (RunReport.Line line : resumed.targets()) {
            assertEquals(Boolean.TRUE, line.verified(), line.toString());
            assertEquals(line.items(), line.loaded(), "every item loaded once: " + line);
        }
    }

    @Test
    void aRunLeftUnfinishedIsOfferedAtTheNextStartAndItsResumeFinishesIt(Sandbox sandbox, @TempDir Path home) {
        WizardViewModel first = wizard(sandbox, home);
        assertNull(first.unfinished.offer.get(), "nothing to offer before any run");
        choose(first, "wzoffer_", List.of("Customers", "Reps"));
        first.page.set(WizardPage.RUN);
        cancelAtFirstExport(first);
        first.run.start();
        RunReport cancelled = first.run.report.get();
        assertEquals(TargetState.CANCELLED, cancelled.state(), cancelled.markdown());

        WizardViewModel next = wizard(sandbox, home);
        UnfinishedRuns.UnfinishedRun offer = next.unfinished.offer.get();
        assertNotNull(offer, "the next start offers the unfinished run");
        assertEquals(cancelled.runId(), offer.runId());
        assertEquals(2, offer.total());
        assertTrue(next.unfinished.text.get().contains(offer.done() + " of 2 targets done"), next.unfinished.text.get());
        next.unfinished.resume();
        assertEquals(WizardPage.REPORT, next.page.get(), next.run.message.get());
        assertEquals(first.plan.get().targets(), next.plan.get().targets(), "Resume loads the run's plan");
        assertEquals(cancelled.runId(), next.run.report.get().runId());
        assertEquals(TargetState.DONE, next.run.report.get().state(), next.run.report.get().markdown());

        assertNull(wizard(sandbox, home).unfinished.offer.get(), "a finished run is not offered again");
    }

    @Test
    void discardForgetsTheUnfinishedRun(Sandbox sandbox, @TempDir Path home) {
        WizardViewModel first = wizard(sandbox, home);
        choose(first, "wzdiscard_", List.of("Reps"));
        first.page.set(WizardPage.RUN);
        cancelAtFirstExport(first);
        first.run.start();
        WizardViewModel next = wizard(sandbox, home);
        assertNotNull(next.unfinished.offer.get());
        next.unfinished.discard();
        assertNull(next.unfinished.offer.get());
        assertTrue(next.message.get().contains("will not be offered again"), next.message.get());
        assertNull(wizard(sandbox, home).unfinished.offer.get(), "a discarded run is not offered at the next start");
    }

    @Test
    void aTargetCancelledDuringTheRunIsResumedIntoTheSameRun(Sandbox sandbox, @TempDir Path home) {
        WizardViewModel wizard = wizard(sandbox, home);
        choose(wizard, "wzone_", List.of("OrderLines", "Reps"));
        wizard.page.set(WizardPage.RUN);
        java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean(true);
        wizard.run.rows.addListener((javafx.collections.ListChangeListener<RunRow>) change -> wizard.run.rows.stream()
                .filter(row -> row.table().equals("wzone_OrderLines")).forEach(row -> row.state.addListener((o, old, state) -> {
                    if (state == TargetState.EXPORTING && armed.getAndSet(false)) {
                        wizard.run.cancelTarget(row.table());
                    } else if (state == TargetState.CANCELLED) {
                        wizard.run.resumeTarget(row.table());
                    }
                })));
        wizard.run.start();
        RunReport report = wizard.run.report.get();
        assertEquals(TargetState.DONE, report.state(), report.markdown());
        assertEquals(WizardPage.REPORT, wizard.page.get());
        for (RunReport.Line line : report.targets()) {
            assertEquals(Boolean.TRUE, line.verified(), line.toString());
            assertEquals(line.items(), line.loaded(), "every item loaded once: " + line);
        }
    }

    @Test
    void afterDoneStartAndNewRunUseAFreshStageAndRunIdAndNewPlanResetsEverything(Sandbox sandbox, @TempDir Path home) {
        WizardViewModel wizard = wizard(sandbox, home);
        choose(wizard, "wzagain_", List.of("Reps"));
        wizard.page.set(WizardPage.LOAD);
        wizard.load.ifExists.set(ExistingTablePolicy.REPLACE);
        wizard.page.set(WizardPage.RUN);
        wizard.run.start();
        RunReport first = wizard.run.report.get();
        assertEquals(TargetState.DONE, first.state(), first.markdown());
        String firstStage = wizard.plan.get().stage();

        wizard.page.set(WizardPage.RUN);
        wizard.run.start();
        RunReport again = wizard.run.report.get();
        assertEquals(TargetState.DONE, again.state(), again.markdown());
        assertFalse(again.runId().equals(first.runId()), "a new run id: " + again.runId());
        assertFalse(wizard.plan.get().stage().equals(firstStage), "a fresh stage: " + wizard.plan.get().stage());
        assertEquals(RunStages.parent(firstStage), RunStages.parent(wizard.plan.get().stage()), "beside the last one");

        String secondStage = wizard.plan.get().stage();
        wizard.newRun();
        assertEquals(WizardPage.RUN, wizard.page.get());
        assertNull(wizard.run.report.get());
        assertTrue(wizard.run.rows.isEmpty());
        assertFalse(wizard.run.started.get(), "Start runs the new run, it does not resume");
        assertFalse(wizard.plan.get().stage().equals(secondStage));

        wizard.dryRun.run();
        assertNotNull(wizard.dryRun.report.get());
        wizard.newPlan();
        assertEquals(WizardPage.CONNECTIONS, wizard.page.get());
        assertTrue(wizard.plan.get().targets().isEmpty());
        assertEquals(List.of(), wizard.objects.selectedNames());
        assertEquals("", wizard.objects.tablePrefix.get());
        assertNull(wizard.dryRun.report.get());
        assertNull(wizard.run.report.get());
        assertTrue(wizard.run.rows.isEmpty());
        assertFalse(wizard.run.started.get());
    }

    @Test
    void anAddedIndexIsCheckedLikeTheRestAndAnInvalidOneMarksItsFieldAndBlocksNext(Sandbox sandbox, @TempDir Path home) {
        WizardViewModel wizard = wizard(sandbox, home);
        choose(wizard, "wzgsi_", List.of("Products"));
        KeysViewModel keys = wizard.keys;
        IndexForm form = keys.newIndex;
        int before = wizard.plan.get().targets().get(0).indexes().size();
        form.name.set("by_category");
        form.partitionKey.set("category");
        form.sortKey.set("last_updated");
        form.projection.set("KEYS_ONLY");
        keys.addIndex();
        assertEquals(List.of(), keys.problems);
        Target target = wizard.plan.get().targets().get(0);
        assertEquals(before + 1, target.indexes().size());
        Index added = target.indexes().get(before);
        assertEquals(new Index("by_category", new KeyAttribute("category", KeyType.S), new KeyAttribute("last_updated", KeyType.S),
                "KEYS_ONLY", List.of()), added);
        assertEquals("{category}", target.sources().get(0).template("category"));
        assertTrue(keys.indexes.contains(KeysViewModel.describe(added)));
        assertEquals("", form.name.get(), "an accepted index clears the form");

        form.name.set("x");
        form.partitionKey.set("category");
        keys.addIndex();
        assertEquals(java.util.Set.of(IndexForm.Field.NAME), form.invalid, keys.problems.toString());
        wizard.next();
        assertEquals(WizardPage.KEYS, wizard.page.get(), "an invalid index blocks Next");
        keys.dropIndex(before + 1);
        assertEquals(List.of(), keys.problems);
        assertTrue(form.invalid.isEmpty());

        form.name.set("by_nothing");
        form.partitionKey.set("nothing_key");
        form.partitionTemplate.set("{no_such_column}");
        keys.addIndex();
        assertTrue(form.invalid.contains(IndexForm.Field.PARTITION), keys.problems.toString());
        keys.dropIndex(before + 1);

        form.name.set("by_category_n");
        form.partitionKey.set("category");
        form.partitionType.set(KeyType.N);
        keys.addIndex();
        assertTrue(form.invalid.contains(IndexForm.Field.PARTITION), "category is S in the other index: " + keys.problems);
        keys.dropIndex(before + 1);
        form.partitionType.set(KeyType.S);

        for (int n = before + 2; n <= 20; n++) {
            form.name.set("by_category_" + n);
            form.partitionKey.set("category");
            keys.addIndex();
        }
        assertEquals(List.of(), keys.problems, "20 indexes are allowed");
        form.name.set("by_category_21");
        form.partitionKey.set("category");
        keys.addIndex();
        assertTrue(keys.problems.stream().anyMatch(p -> p.contains("21 global secondary indexes")), keys.problems.toString());
        assertTrue(form.invalid.contains(IndexForm.Field.NAME));
        while (wizard.plan.get().targets().get(0).indexes().size() > before + 1) {
            keys.dropIndex(before + 1);
        }
        wizard.next();
        assertEquals(WizardPage.ATTRIBUTES, wizard.page.get(), wizard.problems.toString());
    }

    @Test
    void aQueryFromTheSqlEditorIsPlannedCheckedAndRunDoneVerifiedWithATable(Sandbox sandbox, @TempDir Path home) {
        WizardViewModel wizard = wizard(sandbox, home);
        String sql = "SELECT o.ord_id, o.cust_id, c.name AS cust_name, o.ord_date\nFROM Orders o JOIN Customers c ON c.cust_id = o.cust_id;";
        wizard.addQuery("CustOrders", sql);
        assertEquals(WizardPage.OBJECTS, wizard.page.get());
        assertEquals(1, wizard.objects.queries.size());
        assertTrue(wizard.objects.queries.get(0).selected.get(), "the query is selected on the Objects page");
        wizard.addQuery("CustOrders", sql);
        assertEquals(1, wizard.objects.queries.size(), "the same query is listed once");

        wizard.objects.tablePrefix.set("wzq_");
        wizard.objects.selectAll(false);
        wizard.objects.rows.stream().filter(r -> r.name().equals("Reps")).forEach(r -> r.selected.set(true));
        wizard.next();
        assertEquals(List.of(), wizard.problems);
        assertEquals(WizardPage.KEYS, wizard.page.get());
        Target query = wizard.plan.get().target("wzq_CustOrders").orElseThrow();
        assertEquals(io.lsql.core.migrate.MigrationSource.Kind.QUERY, query.sources().get(0).kind());
        assertFalse(query.sources().get(0).name().endsWith(";"));
        wizard.keys.selected.set(wizard.keys.targets.indexOf("wzq_CustOrders"));
        assertEquals(List.of(), wizard.keys.problems, "Key design checks a query source instead of blocking it");
        assertFalse(wizard.keys.advisorNotes.get().startsWith("No advisor notes"), wizard.keys.advisorNotes.get());
        wizard.keys.partitionTemplate.set("{no_such_column}");
        assertTrue(wizard.keys.invalid.contains(KeysViewModel.Field.PARTITION_TEMPLATE), "a query's columns are checked too");
        wizard.keys.partitionTemplate.set("{" + query.partitionKey().name() + "}");

        wizard.next();
        assertEquals(WizardPage.ATTRIBUTES, wizard.page.get(), wizard.problems.toString());
        wizard.attributes.selected.set(wizard.attributes.targets.indexOf("wzq_CustOrders"));
        assertTrue(wizard.attributes.preview.get().contains("cust_name"), wizard.attributes.preview.get());
        wizard.next();
        wizard.next();
        assertEquals(WizardPage.DRY_RUN, wizard.page.get(), wizard.problems.toString());
        wizard.dryRun.run();
        assertTrue(wizard.dryRun.report.get().clean(), wizard.dryRun.details.get());
        wizard.next();
        wizard.run.start();
        RunReport report = wizard.run.report.get();
        assertEquals(TargetState.DONE, report.state(), report.markdown());
        for (RunReport.Line line : report.targets()) {
            assertEquals(Boolean.TRUE, line.verified(), line.toString());
            assertEquals(line.rows(), line.items(), line.toString());
        }

        Path file = home.resolve("query.plan.json");
        wizard.save(file);
        wizard.newPlan();
        assertTrue(wizard.objects.queries.isEmpty(), "New forgets the queries");
        wizard.open(file);
        assertEquals(List.of("wzq_CustOrders"), wizard.objects.queries.stream().map(QueryRow::table).toList());
        wizard.page.set(WizardPage.KEYS);
        assertEquals(List.of(), wizard.check(), "an opened plan's query is described when it is read");
    }

    /** Cancel all as soon as the first target starts exporting (the same-thread runner calls back on the run's thread). */
    static void cancelAtFirstExport(WizardViewModel wizard) {
        java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean(true);
        wizard.run.rows.addListener((javafx.collections.ListChangeListener<RunRow>) change -> wizard.run.rows.forEach(row ->
                row.state.addListener((o, old, state) -> {
                    if (state == TargetState.EXPORTING && armed.getAndSet(false)) {
                        wizard.run.cancelAll();
                    }
                })));
    }

    @Test
    void twoTablesMergedIntoOneSingleTableTargetRunDoneAndVerified(Sandbox sandbox, @TempDir Path home) {
        WizardViewModel wizard = wizard(sandbox, home);
        choose(wizard, "wzst_", List.of("Customers", "Orders"));
        wizard.keys.selected.set(wizard.keys.targets.indexOf("wzst_Orders"));
        wizard.keys.mergeInto("wzst_Customers");
        assertEquals(List.of("wzst_Customers"), wizard.keys.targets);
        assertEquals(List.of("Customers", "Orders"), wizard.keys.sources);
        wizard.keys.partitionKey.set("PK");
        wizard.keys.sortKey.set("SK");
        wizard.keys.source.set(0);
        wizard.keys.partitionTemplate.set("CUST#{cust_id}");
        wizard.keys.sortTemplate.set("PROFILE#{cust_id}");
        wizard.keys.source.set(1);
        assertEquals("Orders", wizard.keys.entityType.get());
        wizard.keys.partitionTemplate.set("CUST#{cust_id}");
        wizard.keys.sortTemplate.set("ORDER#{ord_id}");
        assertEquals(List.of(), wizard.keys.problems);
        Target single = wizard.plan.get().targets().get(0);
        assertTrue(single.singleTable());
        assertEquals("CUST#{cust_id}", single.sources().get(0).template("PK"));
        assertEquals("ORDER#{ord_id}", single.sources().get(1).template("SK"));

        wizard.next();
        wizard.next();
        wizard.next();
        assertEquals(WizardPage.DRY_RUN, wizard.page.get(), wizard.problems.toString());
        wizard.dryRun.run();
        assertTrue(wizard.dryRun.report.get().clean(), wizard.dryRun.details.get());
        wizard.next();
        wizard.run.start();
        RunReport report = wizard.run.report.get();
        assertEquals(TargetState.DONE, report.state(), report.markdown());
        RunReport.Line line = report.targets().get(0);
        assertEquals(Boolean.TRUE, line.verified(), line.toString());
        assertEquals(20, line.items(), "10 customers and 10 orders");
    }
}
