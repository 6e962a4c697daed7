package io.lsql.ui.wizard;

import io.lsql.core.mapping.Transform;
import io.lsql.core.plan.AttributeRule;
import io.lsql.core.mapping.SourceColumn;
import io.lsql.core.schema.Column;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Arrays;
import java.util.List;

/** One column on the Attributes page: its attribute name, the DynamoDB type it is written as, its transform, excluded or not. */
public final class AttributeRow {

    private final AttributeRule rule;
    private final Column column;
    public final StringProperty attribute;
    public final ObjectProperty<Transform> transform;
    public final BooleanProperty exclude;
    public final StringProperty type = new SimpleStringProperty();

    AttributeRow(AttributeRule rule, Column column) {
        this.rule = rule;
        this.column = column;
        attribute = new SimpleStringProperty(rule.attribute() == null ? rule.column() : rule.attribute());
        transform = new SimpleObjectProperty<>(rule.transform());
        exclude = new SimpleBooleanProperty(rule.dropped());
        transform.addListener((o, old, t) -> retype());
        retype();
    }

    public String column() {
        return rule.column();
    }

    public String columnType() {
        return column == null ? "?" : column.columnType();
    }

    /** The transforms that fit this column's type (all of them when the column is unknown). */
    public List<Transform> choices() {
        return column == null ? Arrays.asList(Transform.values()) : Transform.choices(SourceColumn.of(column));
    }

    private void retype() {
        Transform t = transform.get() == null ? Transform.DEFAULT : transform.get();
        type.set(column == null ? rule.type() : Transform.attributeType(SourceColumn.of(column), t).name());
    }

    AttributeRule toRule() {
        return new AttributeRule(rule.column(), attribute.get() == null ? rule.column() : attribute.get().trim(), type.get(),
                transform.get(), exclude.get());
    }
}
