package io.lsql.ui.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.connect.ProfileStore;
import io.lsql.core.design.DesignService;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanFiles;
import io.lsql.core.plan.Target;
import io.lsql.core.report.ReportFormat;
import io.lsql.core.report.ReportService;
import io.lsql.core.report.TargetReport;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.session.ConnectionSession;
import io.lsql.core.session.ProfileBook;
import io.lsql.testing.IntegrationTest;
import io.lsql.ui.AppState;
import io.lsql.ui.common.DirectTaskRunner;
import io.lsql.ui.connect.ConnectionsViewModel;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Reports pane without a window: same-thread tasks, the sandbox's app_db, files in a temporary folder. */
@IntegrationTest
class ReportsViewModelIT {

    static final List<String> APP_DB = List.of("Customers", "Products", "Reps", "Orders", "OrderLines");

    /** Fixed answers where the window would show file choosers. */
    static final class Files4Test implements ReportFiles {
        final Path dir;
        Path model;
        Path plan;
        /** Every export's file when set, else the suggested name in {@link #dir}. */
        Path export;

        Files4Test(Path dir) {
            this.dir = dir;
        }

        @Override
        public Optional<Path> exportTo(ReportFormat format, String suggestedName) {
            return Optional.of(export != null ? export : dir.resolve(suggestedName));
        }

        @Override
        public Optional<Path> openPlan() {
            return Optional.ofNullable(plan);
        }

        @Override
        public Optional<Path> openModel() {
            return Optional.ofNullable(model);
        }

        @Override
        public Optional<Path> savePlan(String suggestedName) {
            return Optional.of(dir.resolve(suggestedName));
        }
    }

    private final SimpleObjectProperty<Plan> migratePlan = new SimpleObjectProperty<>();

    private ReportsViewModel reports(Sandbox sandbox, Path home, boolean connected) {
        AppState state = new AppState();
        DirectTaskRunner tasks = new DirectTaskRunner();
        if (connected) {
            new ConnectionsViewModel(state, tasks, new ProfileBook(new ProfileStore(home)), new ConnectionSession()).useSandbox(sandbox.info());
        }
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
        ReportsViewModel vm = new ReportsViewModel(state, tasks, new ReportService(new DesignService(), clock), migratePlan);
        vm.files.set(new Files4Test(home));
        return vm;
    }

    @Test
    void buildListsEverySectionAndEveryAppDbTableAndEachSectionIsFoundInThePreview(Sandbox sandbox, @TempDir Path home) {
        ReportsViewModel vm = reports(sandbox, home, true);
        assertEquals(ReportsViewModel.BUILD_FIRST, vm.unavailable.get(ReportFormat.MD));
        vm.build();
        assertFalse(vm.busy.get());
        assertTrue(vm.message.get().startsWith("Built the report of "), vm.message.get());
        assertEquals(List.of("Header", "Summary", "Relational schema", "DynamoDB tables", "Sample items", "Sizes and limits", "Cost"),
                vm.sections.stream().map(ReportSection::title).toList());
        assertTrue(children(vm, "Relational schema").containsAll(APP_DB), children(vm, "Relational schema").toString());
        assertTrue(children(vm, "Relational schema").contains("vCustOrders"));
        for (String section : List.of("DynamoDB tables", "Sample items", "Sizes and limits", "Cost")) {
            assertTrue(children(vm, section).containsAll(APP_DB), section + ": " + children(vm, section));
        }
        List<ReportSection> all = new ArrayList<>();
        vm.sections.forEach(s -> {
            all.add(s);
            all.addAll(s.children());
        });
        for (ReportSection section : all) {
            assertTrue(section.offsetIn(vm.preview.get()) >= 0, "not in the preview: " + section);
        }
        int customers = vm.sections.get(4).children().stream().filter(s -> s.title().equals("Customers")).findFirst().orElseThrow()
                .offsetIn(vm.preview.get());
        assertTrue(vm.preview.get().startsWith("### Sample items", customers), "Sample items of Customers lead to its samples");
        assertTrue(vm.preview.get().contains("\n## Customers\n"));
        assertEquals(vm.report.get().targets().size(), vm.cost.rows.size());
        assertEquals("us-east-1, 2024-11-01", vm.cost.priceTag.get());
        assertEquals("us-east-1, 2024-11-01, to confirm", vm.cost.provisionedTag.get());
        vm.cost.rows.forEach(row -> assertTrue(row.storage().startsWith("$"), row.storage()));
        assertTrue(vm.cost.prices.get().contains("us-east-1 list prices as of 2024-11-01 (https://aws.amazon.com/dynamodb/pricing"),
                vm.cost.prices.get());
        for (ReportFormat format : List.of(ReportFormat.MD, ReportFormat.JSON, ReportFormat.NWB)) {
            assertFalse(vm.unavailable.containsKey(format), format + ": " + vm.unavailable.get(format));
        }
        vm.unavailable.forEach((format, why) -> assertFalse(why.isBlank(), format.id()));
    }

    private static List<String> children(ReportsViewModel vm, String title) {
        return vm.sections.stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow().children().stream()
                .map(ReportSection::title).toList();
    }

    @Test
    void markdownAndNoSqlWorkbenchExportsParseAndTheModelImportsBackWithTheSameTables(Sandbox sandbox, @TempDir Path home)
            throws Exception {
        ReportsViewModel vm = reports(sandbox, home, true);
        vm.build();
        vm.export(ReportFormat.MD);
        Path md = home.resolve("app_db-report.md");
        assertEquals("Wrote " + md + ".", vm.message.get());
        String markdown = Files.readString(md);
        assertTrue(markdown.startsWith("# Design report: `app_db`"), markdown.lines().findFirst().orElse(""));
        APP_DB.forEach(table -> assertTrue(markdown.contains("\n## " + table + "\n"), table));

        vm.export(ReportFormat.NWB);
        Path nwb = home.resolve("app_db.nwb.json");
        assertEquals("Wrote " + nwb + ".", vm.message.get());
        JsonNode model = new ObjectMapper().readTree(nwb.toFile());
        assertEquals("3.0", model.path("ModelMetadata").path("Version").asText());
        List<String> modelTables = new ArrayList<>();
        model.path("DataModel").forEach(t -> modelTables.add(t.path("TableName").asText()));
        List<String> reported = vm.report.get().targets().stream().map(TargetReport::table).toList();
        assertEquals(reported, modelTables);

        assertEquals(java.util.Map.of(), vm.unavailable, "the core writes every format");
        for (ReportFormat format : ReportFormat.values()) {
            vm.export(format);
            Path file = home.resolve(ReportsViewModel.suggestedName(vm.report.get(), format));
            assertEquals("Wrote " + file + ".", vm.message.get());
            assertTrue(Files.size(file) > 0, file.toString());
        }
        assertTrue(Files.readString(home.resolve("app_db-report.html")).contains("Customers"));
        vm.openInBrowser();
        assertTrue(vm.message.get().matches("No system browser can be opened from here \\(no desktop session\\): open .*lsql-report-.*\\.html yourself\\."),
                vm.message.get() + " (tests run headless)");

        ((Files4Test) vm.files.get()).model = nwb;
        vm.model.importModel();
        assertEquals(reported, vm.model.found.stream().map(ModelImportViewModel.FoundTable::table).sorted(
                java.util.Comparator.comparingInt(reported::indexOf)).toList());
        assertTrue(vm.model.message.get().startsWith("Read app_db.nwb.json"), vm.model.message.get());
        assertInstanceOf(PlanChoice.Imported.class, vm.plan.get());
        assertEquals(reported, vm.plan.get().plan().targets().stream().map(Target::table).toList());

        vm.model.savePlan();
        Path saved = home.resolve("app_db.plan.json");
        assertEquals(new PlanChoice.File(saved), vm.plan.get());
        assertEquals(reported, PlanFiles.read(saved).targets().stream().map(Target::table).toList());
        vm.build();
        assertEquals(reported, vm.report.get().targets().stream().map(TargetReport::table).toList());
    }

    @Test
    void theMigratePanesPlanIsAChoiceAndItsReportHasItsTargetsOnly(Sandbox sandbox, @TempDir Path home) {
        ReportsViewModel vm = reports(sandbox, home, true);
        vm.build();
        Plan all = vm.report.get().plan();
        assertEquals(1, vm.choices.size(), "no Migrate entry while the wizard's plan is empty");
        migratePlan.set(all.withTargets(all.targets().stream().filter(t -> t.table().equals("Customers")).toList()));
        assertInstanceOf(PlanChoice.Migrate.class, vm.choices.get(1));
        vm.plan.set(vm.choices.get(1));
        vm.build();
        assertEquals(List.of("Customers"), vm.report.get().targets().stream().map(TargetReport::table).toList());
        migratePlan.set(all);
        assertEquals(new PlanChoice.Migrate(all), vm.plan.get(), "the selected Migrate entry follows the wizard");
    }

    @Test
    void newTrafficRebuildsTheCostAndBadInputIsOneSentence(Sandbox sandbox, @TempDir Path home) {
        ReportsViewModel vm = reports(sandbox, home, true);
        vm.cost.readsPerSecond.set("-1");
        vm.build();
        assertNull(vm.report.get());
        assertEquals("Reads and writes per second must be numbers of zero or more, e.g. 50 or 2.5.", vm.message.get());
        vm.cost.readsPerSecond.set("100");
        vm.cost.writesPerSecond.set("10");
        vm.cost.recompute();
        assertEquals(10, vm.report.get().cost().rates().writesPerSecond());
        assertTrue(vm.report.get().cost().targets().stream().allMatch(t -> t.onDemandUsdPerMonth() > 0));
        assertTrue(vm.cost.prices.get().contains("100.0 reads/s and 10.0 writes/s"), vm.cost.prices.get());
    }

    @Test
    void withoutAConnectionOrWithABadPlanFileTheMessageIsOneSentence(Sandbox sandbox, @TempDir Path home) throws Exception {
        ReportsViewModel vm = reports(sandbox, home, false);
        vm.build();
        assertEquals("Connect to MySQL first: the report reads its schema and samples real rows.", vm.message.get());
        vm.export(ReportFormat.JSON);
        assertEquals(ReportsViewModel.BUILD_FIRST, vm.message.get());
        Path bad = Files.writeString(home.resolve("bad.json"), "{not json");
        ((Files4Test) vm.files.get()).plan = bad;
        vm.openPlan();
        assertTrue(vm.message.get().startsWith("The plan file " + bad + " is not valid JSON"), vm.message.get());
        assertEquals(1, vm.choices.size());
    }
}
