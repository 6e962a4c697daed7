package io.lsql.core.rehearse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShardedTemplatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{region}                 | false | {region}",
        "{region}#{cust_id%3}     | true  | {region}#0;{region}#1;{region}#2",
        "R#{`a%b`%2}              | true  | R#0;R#1",
        "{{x%2}}#{id}             | false | {{x%2}}#{id}",
        "{a%2}#{b%2}              | true  | 0#0;0#1;1#0;1#1",
    })
    void everyShardIsAskedOnce(String template, boolean sharded, String expanded) {
        assertEquals(sharded, ShardedTemplates.sharded(template));
        assertEquals(Arrays.asList(expanded.split(";")), List.copyOf(ShardedTemplates.perShard(template)));
    }
}
