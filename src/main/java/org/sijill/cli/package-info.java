/** The command line: runs the pipeline stages in order over a project folder and reports. */
package org.sijill.cli;
