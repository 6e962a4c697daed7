package io.lsql.core.design;

import io.lsql.core.schema.TableKind;

import java.util.List;

/**
 * The proposed DynamoDB table for one MySQL table or view, with the reason for each choice.
 *
 * @param estimatedItemBytes typical item size (server statistics when known, else declared types)
 * @param maxItemBytes the largest item the declared column types allow
 */
public record TableDesign(
        String sourceSchema,
        String sourceName,
        TableKind sourceKind,
        String tableName,
        KeyDesign key,
        List<GsiDesign> gsis,
        List<AttributeDesign> attributes,
        List<Rationale> rationale,
        List<DesignWarning> warnings,
        List<ForeignKeyHint> hints,
        long estimatedItemBytes,
        long maxItemBytes) {

    public TableDesign {
        gsis = List.copyOf(gsis);
        attributes = List.copyOf(attributes);
        rationale = List.copyOf(rationale);
        warnings = List.copyOf(warnings);
        hints = List.copyOf(hints);
    }

    public boolean hasWarning(String code) {
        return warnings.stream().anyMatch(w -> w.code().equals(code));
    }
}
