module.exports = async () => {
  const embedded = globalThis.__NIAGA_PGLITE__;
  if (!embedded) return;
  await embedded.server.stop();
  await embedded.db.close();
};
