package io.lsql.ui.wizard;

import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.KeyType;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Key design page's "Add index" form: a global secondary index's name, partition key and optional sort key (each
 * an attribute, its type and the template filling it: a column {@code {col}} or e.g. {@code CAT#{category}}) and its
 * projection. What it adds is checked with the rest of the plan; {@link #mark} shows which field a problem is about.
 */
public final class IndexForm {

    /** The form's fields a problem can mark. */
    public enum Field { NAME, PARTITION, SORT }

    /** The projections the form offers (INCLUDE needs attribute lists: edit the plan file for it). */
    public static final List<String> PROJECTIONS = List.of("ALL", "KEYS_ONLY");

    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty partitionKey = new SimpleStringProperty("");
    public final ObjectProperty<KeyType> partitionType = new SimpleObjectProperty<>(KeyType.S);
    public final StringProperty partitionTemplate = new SimpleStringProperty("");
    public final StringProperty sortKey = new SimpleStringProperty("");
    public final ObjectProperty<KeyType> sortType = new SimpleObjectProperty<>(KeyType.S);
    public final StringProperty sortTemplate = new SimpleStringProperty("");
    public final StringProperty projection = new SimpleStringProperty("ALL");
    public final ObservableSet<Field> invalid = FXCollections.observableSet();

    /** The index the form describes; a blank partition key stays null for the checker to name. */
    Index index() {
        return new Index(name.get().trim(), key(partitionKey, partitionType), key(sortKey, sortType), projection.get(), List.of());
    }

    /** How every source fills the index's key attributes: the template given, or the column of the attribute's name. */
    List<KeyTemplateSpec> templates() {
        List<KeyTemplateSpec> specs = new ArrayList<>();
        template(partitionKey, partitionTemplate).ifPresent(specs::add);
        template(sortKey, sortTemplate).ifPresent(specs::add);
        return specs;
    }

    /** Marks the fields {@code problems} (the checker's, about this form's index and its keys) are about. */
    void mark(List<String> problems) {
        invalid.clear();
        String index = name.get().trim().toLowerCase(Locale.ROOT);
        for (String problem : problems) {
            String p = problem.toLowerCase(Locale.ROOT);
            if (about(p, partitionKey.get()) || p.contains("needs a partitionkey")) {
                invalid.add(Field.PARTITION);
            } else if (about(p, sortKey.get())) {
                invalid.add(Field.SORT);
            } else if (p.contains("index name") || p.contains("index " + index + " ") || p.contains("global secondary indexes")
                    || p.contains("\"" + index + "\"")) {
                invalid.add(Field.NAME);
            }
        }
    }

    void clear() {
        name.set("");
        partitionKey.set("");
        partitionType.set(KeyType.S);
        partitionTemplate.set("");
        sortKey.set("");
        sortType.set(KeyType.S);
        sortTemplate.set("");
        projection.set("ALL");
        invalid.clear();
    }

    private static boolean about(String problem, String attribute) {
        String a = attribute.trim().toLowerCase(Locale.ROOT);
        return !a.isEmpty() && (problem.contains("key " + a + ":") || problem.contains("key " + a + " ")
                || problem.contains("attribute " + a + " ") || problem.contains("\"" + a + "\""));
    }

    private static KeyAttribute key(StringProperty attribute, ObjectProperty<KeyType> type) {
        String a = attribute.get().trim();
        return a.isEmpty() ? null : new KeyAttribute(a, type.get());
    }

    private static java.util.Optional<KeyTemplateSpec> template(StringProperty attribute, StringProperty template) {
        String a = attribute.get().trim();
        String t = template.get().trim();
        return a.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new KeyTemplateSpec(a, t.isEmpty() ? "{" + a + "}" : t));
    }
}
