package io.lsql.ui.crud;

import io.lsql.core.LsqlException;
import io.lsql.core.codegen.JavaCodegen;
import io.lsql.core.connect.AwsProfile;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.crud.BulkDeleteRequest;
import io.lsql.core.crud.BulkDeleteResult;
import io.lsql.core.crud.CodeSamples;
import io.lsql.core.crud.CrudBinding;
import io.lsql.core.crud.CrudBindings;
import io.lsql.core.crud.CrudRow;
import io.lsql.core.crud.CrudSession;
import io.lsql.core.crud.Engine;
import io.lsql.core.crud.Item;
import io.lsql.core.crud.RowValues;
import io.lsql.core.crud.SqlCursor;
import io.lsql.core.design.DesignOverride;
import io.lsql.core.design.DesignService;
import io.lsql.core.plan.Plan;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;
import io.lsql.ui.AppState;
import io.lsql.ui.common.PaneTasks;
import io.lsql.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

/**
 * The CRUD pane: a MySQL table and its DynamoDB table side by side. Picks a table, opens a {@link CrudSession} on
 * it, runs the toolbar's operation on MySQL, DynamoDB or both (always in the background), keeps the two
 * selections in step, and holds the code of the last operation for the drawer.
 */
public final class CrudViewModel {

    private final AppState state;
    private final DesignService designs;

    public final ObservableList<String> tables = FXCollections.observableArrayList();
    public final StringProperty table = new SimpleStringProperty();
    /** The Migrate pane's plan: a table it migrates is bound as it plans it, before the design and the prefix. */
    public final ObjectProperty<Plan> plan = new SimpleObjectProperty<>();
    /** The DynamoDB table name prefix the wizard was given (empty: the design's own name). */
    public final StringProperty tablePrefix = new SimpleStringProperty("");
    public final ObjectProperty<CrudBinding> binding = new SimpleObjectProperty<>();
    public final CrudForm form = new CrudForm();
    public final ObservableList<CrudRow> rows = FXCollections.observableArrayList();
    public final ObservableList<Item> items = FXCollections.observableArrayList();
    public final IntegerProperty selectedRow = new SimpleIntegerProperty(-1);
    public final IntegerProperty selectedItem = new SimpleIntegerProperty(-1);
    public final StringProperty message = new SimpleStringProperty("Pick a table whose DynamoDB table exists.");
    public final StringProperty mysqlStatus = new SimpleStringProperty("");
    public final StringProperty dynamoStatus = new SimpleStringProperty("");
    public final StringProperty bothReport = new SimpleStringProperty("");
    public final ObjectProperty<CodeSamples> code = new SimpleObjectProperty<>();
    public final BooleanProperty busy = new SimpleBooleanProperty(false);
    public final BooleanProperty writable = new SimpleBooleanProperty(false);
    public final BooleanProperty hasNext = new SimpleBooleanProperty(false);
    public final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    /** "Generate code…" for the bound table. */
    public final CodegenViewModel codegen;

    private CrudSession session;
    private SelectionSync sync;
    private CrudRequest lastRead;
    private Item nextStartKey;
    private SqlCursor nextCursor;
    private boolean syncing;
    private final PaneTasks background;

    public CrudViewModel(AppState state, TaskRunner tasks, DesignService designs) {
        this.state = state;
        this.designs = designs;
        this.background = new PaneTasks(tasks, busy, message, failure,
                sentence -> sentence.contains("does not exist") ? sentence + " Create it in the browser or run the wizard first." : sentence);
        this.codegen = new CodegenViewModel(new JavaCodegen(), message, background);
        state.schemaProperty().addListener((o, old, schema) -> listTables(schema));
        listTables(state.schemaProperty().get());
        selectedRow.addListener((o, old, index) -> follow(() -> selectedItem.set(index.intValue() < 0 ? -1
                : sync.itemOf(rows.get(index.intValue()), items))));
        selectedItem.addListener((o, old, index) -> follow(() -> selectedRow.set(index.intValue() < 0 ? -1
                : sync.rowOf(items.get(index.intValue()), rows))));
    }

    /** Designs {@code name} as the browser does, binds it to its DynamoDB table, checks the table and reads the first pages. */
    public void open(String name) {
        JdbcSource jdbc = state.mysqlProperty().get();
        AwsProfile aws = state.awsProperty().get();
        Schema schema = state.schemaProperty().get();
        if (jdbc == null || aws == null || schema == null) {
            message.set("Connect to MySQL and set an AWS target (Connections) first.");
            return;
        }
        Table source = schema.table(name).orElse(null);
        if (source == null) {
            return;
        }
        String prefix = tablePrefix.get() == null ? "" : tablePrefix.get().strip();
        DesignOverride override = state.overrides().getOrDefault(name, DesignOverride.NONE);
        CrudRequest first = CrudRequest.browse(form.pageSize.get());
        Plan planned = plan.get();
        background.run("Open " + name, () -> {
            CrudBinding bound = (planned == null ? Optional.<CrudBinding>empty() : CrudBindings.fromPlan(jdbc, planned, name))
                    .orElseGet(() -> CrudBindings.of(jdbc, schema, designs.designTable(jdbc, schema, source, override), prefix));
            return CrudActions.open(jdbc, aws.target(), bound, first);
        }, opened -> {
            close();
            session = opened.session();
            sync = new SelectionSync(session.binding());
            table.set(name);
            form.columns.setAll(session.binding().columns());
            form.indexes.setAll(CrudForm.TABLE);
            session.binding().indexes().forEach(i -> form.indexes.add(i.name()));
            form.index.set(CrudForm.TABLE);
            binding.set(session.binding());
            writable.set(!session.mysql().readOnly());
            message.set(name + " ⇄ DynamoDB " + session.binding().table() + (writable.get() ? "" : " (read-only profile: writes are off)"));
            showRead(first, opened.outcome(), false);
        });
    }

    /** Runs the toolbar's read (Get, Query, Scan) from its first page. */
    public void run() {
        CrudRequest request = request();
        if (request == null) {
            return;
        }
        if (request.operation().isWrite()) {
            message.set(request.operation() + " opens the item editor (or, for Delete, takes the selected row).");
            return;
        }
        background.run(request.operation() + " " + table.get(), () -> new CrudActions(session).read(request, null, SqlCursor.FIRST),
                outcome -> showRead(request, outcome, false));
    }

    /** The next page of the last read: DynamoDB from its LastEvaluatedKey, MySQL from its keyset cursor. */
    public void nextPage() {
        if (session == null || lastRead == null || !hasNext.get()) {
            return;
        }
        CrudRequest request = lastRead;
        Item startKey = nextStartKey;
        SqlCursor cursor = nextCursor;
        CrudRequest paged = request.withEngine(startKey != null && cursor != null ? request.engine()
                : startKey != null ? Engine.DYNAMODB : Engine.MYSQL);
        background.run("Next page of " + table.get(), () -> new CrudActions(session).read(paged, startKey, cursor),
                outcome -> showRead(request, outcome, true));
    }

    /** Inserts or updates what the item editor produced, on the toolbar's engine. */
    public void write(CrudEdit edit) {
        CrudRequest request = request();
        if (request == null || !refuseWhenReadOnly()) {
            return;
        }
        background.run(request.operation() + " " + table.get(), () -> new CrudActions(session).write(request, edit),
                this::showWrite);
    }

    /** Deletes the selected row (and/or its item, as the engine says); the old item comes back in the status. */
    public void delete() {
        CrudRequest request = request();
        RowValues key = selectedKey();
        if (request == null || !refuseWhenReadOnly()) {
            return;
        }
        if (key == null) {
            message.set("Select the row or item to delete first.");
            return;
        }
        background.run("Delete from " + table.get(), () -> new CrudActions(session).delete(request, key), this::showWrite);
    }

    /** Deletes every row matching the filter after the table name was typed; says exactly what was removed. */
    public void bulkDelete(String typedName) {
        CrudRequest request = request();
        if (request == null || !refuseWhenReadOnly()) {
            return;
        }
        BulkDeleteRequest bulk = new BulkDeleteRequest(request.engine(), null, request.filters(), typedName);
        background.run("Bulk delete from " + table.get(), () -> session.bulkDelete().delete(bulk), this::showBulk);
    }

    /** Generates the bound table's item class, DAO and test into {@link CodegenViewModel#folder}. */
    public void generateCode() {
        codegen.generate(binding.get(), state.schemaProperty().get());
    }

    /** The name bulk delete wants typed on the toolbar's engine. */
    public String bulkDeleteName() {
        return session == null ? "" : session.bulkDelete().confirmationName(form.engine.get());
    }

    /** An item editor for the toolbar's operation, filled from the selection for an Update. */
    public ItemEditorViewModel editor() {
        CrudRow row = selectedRow.get() < 0 ? null : rows.get(selectedRow.get());
        Item item = selectedItem.get() < 0 ? null : items.get(selectedItem.get());
        boolean update = form.operation.get() == CrudOperation.UPDATE;
        return new ItemEditorViewModel(session.binding(), form.engine.get(), update ? row : null, update ? item : null);
    }

    public boolean isOpen() {
        return session != null;
    }

    /** Closes the session's DynamoDB client (pane switched to another table, or the app exits). */
    public void close() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /** Shows a page; a next page keeps the side it did not read (that side had no more). */
    private void showRead(CrudRequest request, CrudOutcome outcome, boolean paging) {
        lastRead = request;
        selectedRow.set(-1);
        selectedItem.set(-1);
        if (outcome.sql() != null || !paging) {
            rows.setAll(outcome.sql() == null ? List.of() : outcome.sql().rows());
            mysqlStatus.set(StatusText.mysql(outcome.sql(), false));
        }
        if (outcome.dynamo() != null || !paging) {
            items.setAll(outcome.dynamo() == null ? List.of() : outcome.dynamo().items());
            dynamoStatus.set(StatusText.dynamo(outcome.dynamo(), false));
        }
        nextStartKey = outcome.dynamo() == null ? null : outcome.dynamo().lastEvaluatedKey();
        nextCursor = outcome.sql() == null ? null : outcome.sql().next();
        hasNext.set(nextStartKey != null || nextCursor != null);
        bothReport.set("");
        code.set(outcome.code());
    }

    private void showWrite(CrudOutcome outcome) {
        mysqlStatus.set(StatusText.mysql(outcome.sql(), true));
        dynamoStatus.set(StatusText.dynamo(outcome.dynamo(), true));
        bothReport.set(StatusText.both(outcome.both()));
        code.set(outcome.code());
    }

    private void showBulk(BulkDeleteResult result) {
        message.set("Bulk delete removed " + result.rowsDeleted() + " MySQL rows " + result.rowKeys().stream()
                .map(k -> String.join("-", k.values().values())).toList() + " and " + result.itemsDeleted() + " DynamoDB items.");
    }

    private RowValues selectedKey() {
        if (selectedRow.get() >= 0) {
            return sync.rowKey(rows.get(selectedRow.get()));
        }
        return selectedItem.get() >= 0 ? sync.rowKey(items.get(selectedItem.get())) : null;
    }

    private CrudRequest request() {
        if (session == null) {
            message.set("Pick a table first.");
            return null;
        }
        try {
            return form.snapshot();
        } catch (LsqlException e) {
            message.set(e.getMessage());
            return null;
        }
    }

    private boolean refuseWhenReadOnly() {
        if (!writable.get()) {
            message.set("This profile is read-only: writes are off, and nothing was sent.");
        }
        return writable.get();
    }

    private void follow(Runnable update) {
        if (syncing || sync == null) {
            return;
        }
        syncing = true;
        try {
            update.run();
        } finally {
            syncing = false;
        }
    }

    private void listTables(Schema schema) {
        tables.setAll(schema == null ? List.of() : schema.tables().stream().map(Table::name).sorted().toList());
    }

}
