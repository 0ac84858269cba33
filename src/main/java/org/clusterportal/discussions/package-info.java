/**
 * Discussions: a thread of plain-text comments on an offer, event or proposal, seen by whoever may see the
 * object; new comments notify the people taking part and the object's owner.
 */
package org.clusterportal.discussions;
