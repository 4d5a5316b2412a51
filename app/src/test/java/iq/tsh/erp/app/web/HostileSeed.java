package iq.tsh.erp.app.web;

import java.security.SecureRandom;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Chooses the run's seed before it starts, so it is printed in one line whatever happens next, and takes
 * {@code -Dhostile.seed} (repeat a run) and {@code -Dhostile.tries} (a longer run) from the command line.
 */
public class HostileSeed implements AroundPropertyHook {

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String seed = System.getProperty("hostile.seed", Long.toString(new SecureRandom().nextLong()));
        context.attributes().setSeed(seed);
        String tries = System.getProperty("hostile.tries");
        if (tries != null) {
            context.attributes().setTries(Integer.parseInt(tries));
        }
        System.out.println("HostileRequestsTest seed=" + seed + " (repeat with -Dhostile.seed=" + seed + ")");
        long started = System.nanoTime();
        PropertyExecutionResult result = property.execute();
        System.out.printf("HostileRequestsTest seed=%s: %d requests in %d s, %s, %s%n", seed, result.countTries(),
                (System.nanoTime() - started) / 1_000_000_000, HostileRequestsTest.outcomes(), result.status());
        return result;
    }
}
