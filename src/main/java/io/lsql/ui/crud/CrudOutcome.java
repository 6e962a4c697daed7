package io.lsql.ui.crud;

import io.lsql.core.crud.BothResult;
import io.lsql.core.crud.CodeSamples;
import io.lsql.core.crud.DynamoResult;
import io.lsql.core.crud.SqlResult;

/**
 * What one toolbar operation did on each side.
 *
 * @param sql    the MySQL side, {@code null} when it did not run
 * @param dynamo the DynamoDB side, {@code null} when it did not run
 * @param both   a "both" write read back and compared, else {@code null}
 * @param code   the code of the operation for the drawer
 */
public record CrudOutcome(SqlResult sql, DynamoResult dynamo, BothResult both, CodeSamples code) {
}
