package io.lsql.ui.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.connect.AwsProfile;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.CreateTableJson;
import io.lsql.core.design.DesignOverride;
import io.lsql.core.design.DesignService;
import io.lsql.core.design.GsiDesign;
import io.lsql.core.design.TableDesign;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.SchemaService;
import io.lsql.core.schema.Table;
import io.lsql.ui.AppState;
import io.lsql.ui.common.Errors;
import io.lsql.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The table browser: schema, selection, suggested design with overrides, and creating the table. */
public final class BrowserViewModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AppState state;
    private final TaskRunner tasks;
    private final SchemaService schemas;
    private final DesignService designs;

    public final StringProperty filter = new SimpleStringProperty("");
    public final ObjectProperty<Table> selected = new SimpleObjectProperty<>();
    public final ObjectProperty<TableDesign> design = new SimpleObjectProperty<>();
    public final StringProperty createTableJson = new SimpleStringProperty("");
    public final StringProperty createResult = new SimpleStringProperty("");
    public final StringProperty message = new SimpleStringProperty("Connect to MySQL to browse its schema.");
    public final BooleanProperty loading = new SimpleBooleanProperty(false);
    public final BooleanProperty creating = new SimpleBooleanProperty(false);
    /** The last failure, for the error dialog (one sentence + details). */
    public final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    /** Where the Patterns pane's proposal puts the selected table, one line; empty without a proposal. */
    public final StringBinding proposalLine;

    public BrowserViewModel(AppState state, TaskRunner tasks, SchemaService schemas, DesignService designs) {
        this.state = state;
        this.tasks = tasks;
        this.schemas = schemas;
        this.designs = designs;
        state.mysqlProperty().addListener((o, old, source) -> {
            if (source != null) {
                reload();
            }
        });
        selected.addListener((o, old, table) -> redesign());
        proposalLine = Bindings.createStringBinding(() -> ProposalLine.of(state.proposalProperty().get(),
                selected.get() == null ? null : selected.get().name()), state.proposalProperty(), selected);
    }

    public ObjectProperty<Schema> schema() {
        return state.schemaProperty();
    }

    /** Reads the schema of the current connection in the background. */
    public void reload() {
        JdbcSource source = state.mysqlProperty().get();
        if (source == null) {
            return;
        }
        loading.set(true);
        message.set("Reading the schema of " + source.database() + "…");
        tasks.run("Read schema " + source.database(), (progress, cancel) -> schemas.read(source), schema -> {
            loading.set(false);
            selected.set(null);
            state.schemaProperty().set(schema);
            message.set(schema.tables().size() + " tables and views in " + schema.name() + " (" + schema.serverVersion() + ")");
        }, e -> {
            loading.set(false);
            message.set(Errors.sentence(e));
            failure.set(e);
        });
    }

    public boolean matches(Table table) {
        String text = filter.get() == null ? "" : filter.get().trim().toLowerCase(Locale.ROOT);
        return text.isEmpty() || table.name().toLowerCase(Locale.ROOT).contains(text)
                || table.columns().stream().anyMatch(c -> c.name().toLowerCase(Locale.ROOT).contains(text));
    }

    public void select(String tableName) {
        Schema schema = state.schemaProperty().get();
        selected.set(schema == null ? null : schema.table(tableName).orElse(null));
    }

    /** Designs the selected table with measured statistics, applying the user's override. */
    private void redesign() {
        Table table = selected.get();
        createResult.set("");
        if (table == null) {
            design.set(null);
            createTableJson.set("");
            return;
        }
        Schema schema = state.schemaProperty().get();
        JdbcSource source = state.mysqlProperty().get();
        DesignOverride override = state.overrides().getOrDefault(table.name(), DesignOverride.NONE);
        tasks.run("Design " + table.name(), (progress, cancel) -> designs.designTable(source, schema, table, override), this::show, e -> {
            message.set(Errors.sentence(e));
            failure.set(e);
        });
    }

    private void show(TableDesign result) {
        if (selected.get() == null || !selected.get().name().equals(result.sourceName())) {
            return;
        }
        design.set(result);
        try {
            createTableJson.set(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(CreateTableJson.toJson(result)));
        } catch (IOException e) {
            createTableJson.set(Errors.sentence(e));
        }
    }

    /** Another key for the selected table; re-validated at once and kept for the migration wizard. */
    public void overrideKey(String partition, String sort) {
        Table table = selected.get();
        if (table == null || partition == null) {
            return;
        }
        DesignOverride current = state.overrides().getOrDefault(table.name(), DesignOverride.NONE);
        state.overrides().put(table.name(), new DesignOverride(partition, sort, current.droppedGsis()));
        redesign();
    }

    public void dropGsi(String indexName) {
        Table table = selected.get();
        if (table == null) {
            return;
        }
        DesignOverride current = state.overrides().getOrDefault(table.name(), DesignOverride.NONE);
        Set<String> dropped = new HashSet<>(current.droppedGsis());
        dropped.add(indexName);
        state.overrides().put(table.name(), new DesignOverride(current.partitionColumn(), current.sortColumn(), dropped));
        redesign();
    }

    public void resetOverride() {
        if (selected.get() != null) {
            state.overrides().remove(selected.get().name());
            redesign();
        }
    }

    public void saveJson(Path file) {
        String json = createTableJson.get();
        tasks.run("Save " + file.getFileName(), (progress, cancel) -> Files.writeString(file, json),
                saved -> message.set("Saved " + file), e -> message.set("Cannot save " + file + ": " + e.getMessage()));
    }

    /** Creates the table in DynamoDB in the background and shows the live DescribeTable result. */
    public void createInDynamoDb() {
        TableDesign current = design.get();
        AwsProfile aws = state.awsProperty().get();
        if (current == null) {
            return;
        }
        if (aws == null) {
            createResult.set("Set an AWS target (Connections) first.");
            return;
        }
        creating.set(true);
        createResult.set("Creating " + current.tableName() + "…");
        tasks.run("Create " + current.tableName(), (progress, cancel) -> designs.create(aws.target(), current), table -> {
            creating.set(false);
            createResult.set(table.describe());
        }, e -> {
            creating.set(false);
            createResult.set(Errors.sentence(e));
            failure.set(e);
        });
    }

    public static String gsiKeys(GsiDesign gsi) {
        return "HASH " + gsi.partitionKey().attribute() + (gsi.sortKey() == null ? "" : ", RANGE " + gsi.sortKey().attribute());
    }
}
