package iq.tsh.erp.ops.dashboard;

import iq.tsh.erp.web.BadParameterException;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The processing groups there are: this node's event processors (a processor is named after its group), plus any
 * that only another node runs or that still has dead letters. New groups ({@code sales}, {@code storefront}) appear
 * here as soon as their projections exist, without a list to keep up to date.
 */
@Component
class ProcessingGroups {

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;

    ProcessingGroups(EventProcessingConfiguration processing, JdbcTemplate jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** This node's processors by name. */
    Map<String, EventProcessor> local() {
        return new TreeMap<>(processing.eventProcessors());
    }

    SortedSet<String> all() {
        SortedSet<String> names = new TreeSet<>(processing.eventProcessors().keySet());
        names.addAll(jdbc.queryForList(
                "select distinct processor_name from token_entry where processor_name <> ? and segment >= 0",
                String.class, "__config"));
        names.addAll(jdbc.queryForList("select distinct processing_group from dead_letter_entry", String.class));
        return names;
    }

    /** The group named by a filter parameter, or null without one; a group nobody knows is a bad parameter. */
    String require(String group) {
        String name = Params.word("group", group);
        if (name == null) {
            return null;
        }
        SortedSet<String> known = all();
        if (!known.contains(name)) {
            throw new BadParameterException("group", "unknown processing group; the groups are "
                    + String.join(", ", known));
        }
        return name;
    }
}
