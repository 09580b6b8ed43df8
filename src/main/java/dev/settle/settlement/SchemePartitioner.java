package dev.settle.settlement;

import dev.settle.schemeconfig.SchemeConfig;
import dev.settle.schemeconfig.SchemeRepository;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per enabled scheme (of every tenant), or per scheme with the run's scheme id. A partition is named
 * after its tenant and scheme, so a restart finds the same partitions and runs only those that did not complete.
 */
class SchemePartitioner implements Partitioner {

    private final SchemeRepository schemes;
    private final String schemeId;

    SchemePartitioner(SchemeRepository schemes, String schemeId) {
        this.schemes = schemes;
        this.schemeId = schemeId;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (SchemeConfig scheme : schemes.findEnabled()) {
            if (schemeId == null || schemeId.equals(scheme.schemeId())) {
                ExecutionContext context = new ExecutionContext();
                context.putString(SettlementJobs.PARTITION_TENANT, scheme.tenantId().toString());
                context.putString(SettlementJobs.PARTITION_SCHEME, scheme.schemeId());
                partitions.put(scheme.tenantId() + "/" + scheme.schemeId(), context);
            }
        }
        return partitions;
    }
}
