package iq.tsh.erp.ops.dashboard;

import java.util.List;

/**
 * One event processor (named after its processing group).
 *
 * @param mode      tracking, pooled or subscribing on this node; {@code elsewhere} when only another node runs it
 * @param running   on this node; absent when this node does not run it
 * @param error     on this node: a worker is retrying a failing batch
 * @param segments  every segment in the token store, with this node's view of those it processes
 */
record ProcessorHealth(String name, String mode, Boolean running, Boolean error, List<SegmentHealth> segments) {
}
