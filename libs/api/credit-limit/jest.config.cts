module.exports = require('../../../jest.api.preset.cjs')('api-credit-limit', __dirname);
