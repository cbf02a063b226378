package org.trademission.platform.replica;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.trademission.platform.security.Roles;

@Path("/api/v1/admin/replicas/rebuild")
@Tag(name = "Operations", description = "Dead letters and replicas of the topics this service consumes")
@Produces(MediaType.APPLICATION_JSON)
public class ReplicaRebuildResource {
    private final ReplicaRebuild rebuild;

    public ReplicaRebuildResource(ReplicaRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Rebuild every replica of this service from its topic's beginning",
            description = "Answers, per replica, the events read, those that could not be applied (dead letters) "
                    + "and the speed (events/s).")
    public List<ReplicaRebuild.Rebuilt> rebuild() {
        return rebuild.rebuild();
    }
}
