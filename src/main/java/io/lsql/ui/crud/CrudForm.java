package io.lsql.ui.crud;

import io.lsql.core.LsqlException;
import io.lsql.core.crud.Comparison;
import io.lsql.core.crud.Engine;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
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

/** The toolbar's fields: operation, where it runs, the key and sort condition, the filter, and how pages are read. */
public final class CrudForm {

    /** The index picker's entry for the table itself. */
    public static final String TABLE = "(table)";

    public final ObjectProperty<CrudOperation> operation = new SimpleObjectProperty<>(CrudOperation.SCAN);
    public final ObjectProperty<Engine> engine = new SimpleObjectProperty<>(Engine.BOTH);
    public final ObservableList<String> indexes = FXCollections.observableArrayList(TABLE);
    public final StringProperty index = new SimpleStringProperty(TABLE);
    public final StringProperty partitionValue = new SimpleStringProperty("");
    /** {@code null}: no sort-key condition. */
    public final ObjectProperty<Comparison> sortOp = new SimpleObjectProperty<>();
    public final StringProperty sortValue = new SimpleStringProperty("");
    public final StringProperty sortValue2 = new SimpleStringProperty("");
    public final ObservableList<String> columns = FXCollections.observableArrayList();
    /** {@code null}: no filter. */
    public final StringProperty filterColumn = new SimpleStringProperty();
    public final ObjectProperty<Comparison> filterOp = new SimpleObjectProperty<>(Comparison.EQ);
    public final StringProperty filterValue = new SimpleStringProperty("");
    public final StringProperty filterValue2 = new SimpleStringProperty("");
    public final BooleanProperty forward = new SimpleBooleanProperty(true);
    public final BooleanProperty consistentRead = new SimpleBooleanProperty(false);
    public final IntegerProperty pageSize = new SimpleIntegerProperty(25);
    public final BooleanProperty fillPage = new SimpleBooleanProperty(false);
    public final BooleanProperty nativeWrites = new SimpleBooleanProperty(false);
    /** A GSI is picked: consistent reads are not possible there. */
    public final BooleanBinding onIndex = Bindings.createBooleanBinding(() -> !TABLE.equals(index.get()) && index.get() != null, index);

    public CrudForm() {
        onIndex.addListener((o, was, gsi) -> {
            if (gsi) {
                consistentRead.set(false);
            }
        });
    }

    /** The toolbar as it is now, for a background task. */
    public CrudRequest snapshot() {
        if (pageSize.get() < 1 || pageSize.get() > 1000) {
            throw new LsqlException("The page size is " + pageSize.get() + "; give 1 to 1000.");
        }
        return new CrudRequest(operation.get(), engine.get(), onIndex.get() ? index.get() : null, partitionValue.get(), sortOp.get(),
                sortValue.get(), sortValue2.get(), filterColumn.get(), filterOp.get(), filterValue.get(), filterValue2.get(),
                forward.get(), consistentRead.get() && !onIndex.get(), pageSize.get(), fillPage.get(), nativeWrites.get());
    }
}
