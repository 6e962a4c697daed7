package io.lsql.ui.browser;

import io.lsql.core.schema.ForeignKey;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The diagram draws one box per neighbouring table, however many foreign keys join them. */
class SchemaDiagramTest {

    private static ForeignKey fk(String name, String table, String column, String parent) {
        return new ForeignKey(name, table, List.of(column), "sakila", parent, List.of(column + "_id"), "RESTRICT", "RESTRICT");
    }

    @Test
    void twoForeignKeysToOneTableAreOneBox() {
        List<ForeignKey> keys = List.of(fk("fk_film_language", "film", "language_id", "language"),
                fk("fk_film_original_language", "film", "original_language_id", "language"),
                fk("fk_film_category_film", "film", "category_id", "category"));
        List<SchemaDiagram.Neighbour> parents = SchemaDiagram.Neighbour.group(keys, ForeignKey::referencedTable,
                ForeignKey::referencedColumns);
        assertEquals(List.of(
                new SchemaDiagram.Neighbour("language", "language_id_id | original_language_id_id",
                        "fk_film_language, fk_film_original_language"),
                new SchemaDiagram.Neighbour("category", "category_id_id", "fk_film_category_film")), parents);
    }
}
