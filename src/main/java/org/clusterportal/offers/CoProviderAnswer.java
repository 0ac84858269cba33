package org.clusterportal.offers;

/** A co-provider's answer to being named on a joint offer: asked, then confirmed or declined by its administrators. */
public enum CoProviderAnswer {
    ASKED,
    CONFIRMED,
    DECLINED
}
