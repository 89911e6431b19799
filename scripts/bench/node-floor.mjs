// Node alone: one HTTP request to the EC2 endpoint, with nothing else loaded (below the SDK's floor).
import { request } from 'node:http';

request(process.env.AWS_ENDPOINT_URL_EC2, {
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' }
})
  .on('response', response => response.resume().on('end', () => console.log('called')))
  .end('Action=DescribeImages&Version=2016-11-15&Owner.1=self');
