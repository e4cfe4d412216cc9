module.exports = require('../../../jest.api.preset.cjs')('api-customer', __dirname);
