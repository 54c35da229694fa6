// The `praktijkscan` bin: runs the command line on the process's arguments and streams.
import { runCli, stdoutErrorMessage } from './run';

// A closed pipe (`praktijkscan … | head`) is not an error of ours: stop quietly. Any other write
// error of stdout (a full disk) is reported by runCli while it runs; one after it, here, in the
// language of the command.
let finished = false;
let reported = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  if (!finished || reported) return;
  reported = true;
  void stdoutErrorMessage(error).then((message) => {
    process.stderr.write(`praktijkscan: ${message}\n`);
    process.exit(1);
  });
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
finished = true;
