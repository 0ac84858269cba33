package org.clusterportal.platform.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Test-only bean (added to the deployment by ErrorPagesIT): an action that fails as a defect would. */
@Named
@RequestScoped
public class AjaxErrorBacking {

    public void fail() {
        throw new IllegalStateException("Deliberate failure of ErrorPagesIT");
    }
}
