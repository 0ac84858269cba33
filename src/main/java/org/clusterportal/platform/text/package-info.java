/** Text that people write and the portal shows to others: rich text kept to safe formatting. */
package org.clusterportal.platform.text;
