package io.lsql.ui.patterns;

import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.patterns.PatternSource;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.patterns.PatternsJson;
import io.lsql.core.schema.Column;
import io.lsql.core.schema.ForeignKey;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;
import io.lsql.core.schema.TableKind;
import io.lsql.ui.AppState;
import io.lsql.ui.common.DirectTaskRunner;
import io.lsql.core.patterns.PatternHarvester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Patterns list without a window or a server: typed statements parsed against a schema, edits validated, files kept byte-equal. */
class PatternsViewModelTest {

    static final Schema SHOP = new Schema("shop", "11", Schema.ServerFlavor.MARIADB, List.of(
            table("Customers", List.of(), "cust_id", "name", "region"),
            table("Orders", List.of(new ForeignKey("fk_cust", "Orders", List.of("cust_id"), "shop", "Customers",
                    List.of("cust_id"), "RESTRICT", "RESTRICT")), "ord_id", "cust_id", "ord_date")));

    private final AppState state = new AppState();
    private final Answers files = new Answers();
    private PatternsViewModel vm;

    @BeforeEach
    void model() {
        state.schemaProperty().set(SHOP);
        vm = new PatternsViewModel(state, new DirectTaskRunner(), new PatternHarvester());
        vm.files.set(files);
    }

    @Test
    void aTypedStatementIsParsedAgainstTheSchemaAndAddedOnce() {
        vm.add("SELECT * FROM Orders WHERE cust_id = 'C1' AND ord_date >= '2024-01-01' ORDER BY ord_date DESC LIMIT 10");
        assertEquals(1, vm.rows.size());
        AccessPattern added = vm.rows.get(0);
        assertEquals(PatternSource.TYPED, added.source());
        assertEquals("SELECT * FROM Orders WHERE cust_id = ? AND ord_date >= ? ORDER BY ord_date DESC LIMIT ?", added.sql());
        assertEquals("shop", vm.patterns.get().schema());
        assertEquals("Added " + added.id() + ": SELECT Orders · = cust_id · range ord_date >= · order ord_date DESC · limit ?.",
                vm.message.get());
        vm.add("select *  from Orders where cust_id = 'C2' and ord_date >= '2025-01-01' order by ord_date desc limit 5;");
        assertEquals(1, vm.rows.size(), "the same statement with other literals is the same pattern");
        assertEquals("That statement is already in the list as " + added.id() + ".", vm.message.get());
    }

    @Test
    void aStatementThatDoesNotParseIsKeptWithItsReasonInOneSentence() {
        vm.add("SELEC broken FROM nowhere");
        assertEquals(1, vm.rows.size());
        AccessPattern kept = vm.rows.get(0);
        assertFalse(kept.shape().parsed());
        assertEquals(kept.shape().unparsedReason(), vm.message.get());
        assertTrue(vm.message.get().startsWith("The SQL parser cannot read this statement: ") && vm.message.get().endsWith("."),
                vm.message.get());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "blank statement     | '   '                          | true  | Type a statement to add first.",
        "no schema in view   | SELECT * FROM Customers        | false | Connect to MySQL first: a statement is parsed against its schema.",
    })
    void addWithoutAStatementOrASchemaSaysWhatToDo(String name, String sql, boolean schema, String said) {
        state.schemaProperty().set(schema ? SHOP : null);
        vm.add(sql);
        assertEquals(said, vm.message.get());
        assertNull(vm.patterns.get());
    }

    @ParameterizedTest(name = "weight {0}")
    @CsvSource(delimiter = '|', value = {
        "2.5    | true  | 2.5 | p now weighs 2.5.",
        "0      | true  | 0   | p now weighs 0.",
        "-1     | false | 1   | The weight must be a number of zero or more, not '-1'.",
        "heavy  | false | 1   | The weight must be a number of zero or more, not 'heavy'.",
        "NaN    | false | 1   | The weight must be a number of zero or more, not 'NaN'.",
    })
    void weightsAreValidatedNumbers(String typed, boolean taken, double weight, String said) {
        String id = addCustomersByRegion();
        assertEquals(taken, vm.setWeight(id, typed));
        assertEquals(weight, vm.rows.get(0).weight());
        assertEquals(said.replace("p now", id + " now"), vm.message.get());
    }

    @ParameterizedTest(name = "peak {0}")
    @CsvSource(delimiter = '|', value = {
        "12     | true  | 12 | p now peaks at 12/s.",
        "0      | true  | 0  | p now peaks at 0/s.",
        "-3     | false | 0  | The peak rate of p must be a number of at least its average rate, 0/s, not '-3'.",
        "fast   | false | 0  | The peak rate of p must be a number of at least its average rate, 0/s, not 'fast'.",
    })
    void peakRatesAreNumbersNoLowerThanTheAverage(String typed, boolean taken, double peak, String said) {
        String id = addCustomersByRegion();
        assertEquals(taken, vm.setPeakRate(id, typed));
        assertEquals(peak, vm.rows.get(0).peakRate());
        assertEquals(said.replace("p now", id + " now").replace("of p ", "of " + id + " "), vm.message.get());
    }

    @Test
    void removeTakesThePatternOutOfTheFile() {
        String id = addCustomersByRegion();
        vm.add("SELECT * FROM Orders WHERE ord_id = 1");
        vm.remove(vm.rows.get(0));
        assertEquals(1, vm.rows.size());
        assertEquals(vm.rows, vm.patterns.get().patterns());
        assertEquals("Removed " + id + ".", vm.message.get());
    }

    @Test
    void openThenSaveWritesTheSameBytesAndEditsAreSaved(@TempDir Path dir) throws Exception {
        addCustomersByRegion();
        vm.add("SELECT o.ord_id FROM Orders o JOIN Customers c ON c.cust_id = o.cust_id WHERE c.region = ?");
        vm.add("SELEC broken");
        Path original = dir.resolve("patterns.json");
        PatternsJson.write(vm.patterns.get(), original);

        PatternsViewModel other = new PatternsViewModel(state, new DirectTaskRunner(), new PatternHarvester());
        other.files.set(files);
        files.open = original;
        other.open();
        assertEquals(3, other.rows.size());
        assertEquals(List.of(), other.notes);
        assertEquals("Opened " + original + ": 3 pattern(s).", other.message.get());
        files.save = dir.resolve("again.json");
        other.save();
        assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(files.save));
        assertEquals("Saved 3 pattern(s) to " + files.save + ".", other.message.get());

        other.setWeight(other.rows.get(1).id(), "4");
        other.save();
        assertEquals(4.0, PatternsJson.read(files.save).patterns().get(1).weight());
    }

    @Test
    void anOpenedFileIsCheckedAgainstTheSchemaInViewAndItsProblemsListed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("patterns.json");
        Files.writeString(file, PatternsJson.write(new PatternsFile(1, "old_shop", List.of())).replace("[ ]", """
                [ { "id" : "p-00000001", "sql" : "SELECT * FROM Invoices WHERE inv_id = ?", "source" : "file", "count" : 1,
                    "rowsSent" : 0, "rowsExamined" : 0, "averageRate" : 0, "peakRate" : 0, "weight" : 1 } ]"""));
        files.open = file;
        vm.open();
        assertEquals(List.of("patterns.json holds the patterns of old_shop; the schema in view is shop.",
                "p-00000001: table Invoices does not exist in shop."), vm.notes);
        assertEquals(List.of("Invoices"), vm.rows.get(0).shape().tables(), "the shape is parsed again");
        assertTrue(vm.message.get().endsWith("2 problem(s) in the notes."), vm.message.get());
    }

    @Test
    void saveBeforeAnyPatternsAndHarvestWithoutAConnectionSaySo() {
        vm.save();
        assertEquals("There are no patterns to save yet: harvest or open some first.", vm.message.get());
        vm.harvest();
        assertEquals("Connect to MySQL first: the patterns are harvested from its database.", vm.message.get());
    }

    private String addCustomersByRegion() {
        vm.add("SELECT name FROM Customers WHERE region = 'West'");
        return vm.rows.get(0).id();
    }

    static Table table(String name, List<ForeignKey> foreignKeys, String... columns) {
        List<Column> cols = Arrays.stream(columns).map(c -> new Column(c, 1, "varchar", "varchar(20)", 20L, 80L, null, null,
                null, false, true, null, null, false, null, List.of())).toList();
        return new Table("shop", name, TableKind.TABLE, "InnoDB", "", cols, List.of(columns[0]), List.of(), foreignKeys,
                -1, -1, -1, null);
    }

    /** Fixed answers for the pane's file choosers. */
    static final class Answers implements PatternFiles {
        Path open;
        Path save;
        Path harvest;

        @Override
        public Optional<Path> openPatterns() {
            return Optional.ofNullable(open);
        }

        @Override
        public Optional<Path> savePatterns(String suggested) {
            return Optional.ofNullable(save);
        }

        @Override
        public Optional<Path> harvestFile() {
            return Optional.ofNullable(harvest);
        }
    }
}
