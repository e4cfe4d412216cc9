module.exports = require('../../../jest.api.preset.cjs')('api-transaction', __dirname);
