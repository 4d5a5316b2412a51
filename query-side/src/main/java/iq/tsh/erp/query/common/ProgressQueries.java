package iq.tsh.erp.query.common;

import iq.tsh.erp.api.readmodel.FindProjectionProgress;
import iq.tsh.erp.api.readmodel.ProjectionProgress;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers {@link FindProjectionProgress} from the read model it names; an unknown name has applied nothing. */
@Component
class ProgressQueries {

    private final Map<String, ProgressSource> sources;

    ProgressQueries(List<ProgressSource> sources) {
        this.sources = sources.stream().collect(Collectors.toMap(ProgressSource::readModel, Function.identity()));
    }

    @QueryHandler
    public ProjectionProgress handle(FindProjectionProgress query) {
        ProgressSource source = sources.get(query.readModel());
        return source == null ? ProjectionProgress.NONE : new ProjectionProgress(source.lastApplied(query.aggregateId()));
    }
}
