// A real SMTP server for the tests (npm smtp-server): accepts plain SMTP on 127.0.0.1:<port> and writes each message
// it accepts to <folder>/<n>.eml. While <folder>/reject exists it refuses every recipient (550), so tests can make
// deliveries fail and recover. While <folder>/hold exists it takes a message's data but never answers it (the client
// waits for the reply that would confirm it), and says so by writing <folder>/held: a send caught in the middle.
// Started and stopped by SmtpSink.cs.
const fs = require('fs');
const path = require('path');
const { SMTPServer } = require('smtp-server');

const [folder, port] = process.argv.slice(2);
let count = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onRcptTo(address, session, callback) {
    if (fs.existsSync(path.join(folder, 'reject'))) {
      const error = new Error('Mailbox unavailable (test sink told to reject)');
      error.responseCode = 550;
      return callback(error);
    }
    callback();
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', chunk => chunks.push(chunk));
    stream.on('end', () => {
      if (fs.existsSync(path.join(folder, 'hold'))) {
        fs.writeFileSync(path.join(folder, 'held'), '');
        return; // never confirmed, so never delivered
      }
      const name = `${String(++count).padStart(6, '0')}.eml`;
      fs.writeFileSync(path.join(folder, name + '.tmp'), Buffer.concat(chunks));
      fs.renameSync(path.join(folder, name + '.tmp'), path.join(folder, name));
      callback(null, 'Queued');
    });
  },
});
server.listen(Number(port), '127.0.0.1', () => console.log('listening'));
